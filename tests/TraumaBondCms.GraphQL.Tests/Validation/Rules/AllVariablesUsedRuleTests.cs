using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.8.4: <see cref="AllVariablesUsedRule"/>.</summary>
public class AllVariablesUsedRuleTests
{
    private static readonly string Rule = new AllVariablesUsedRule().Name;

    [Theory]
    [InlineData("query Q($a: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }")]
    [InlineData("query Q($show: Boolean!) { dog @include(if: $show) { name } }")]
    public void Should_accept_document_when_declared_variables_are_used(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_declaration_when_variable_is_not_used()
    {
        var document = """query Q($a: Int, $b: String) { dog { name } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$a\" is never used in operation \"Q\".", (1, 9)),
            new Expected("Variable \"$b\" is never used in operation \"Q\".", (1, 18)));
    }

    [Fact]
    public void Should_report_declaration_when_anonymous_operation_does_not_use_it()
    {
        var document = """query ($a: Int) { dog { name } }""";

        ExpectError(Rule, document, "Variable \"$a\" is never used.", 1, 8);
    }

    [Fact]
    public void Should_report_declaration_when_only_an_unspread_fragment_uses_it()
    {
        var document = """
            query Q($a: Int) { dog { name } complicatedArgs { ...G } }
            fragment F on ComplicatedArgs { intArgField(intArg: $a) }
            fragment G on ComplicatedArgs { stringArgField(stringArg: "x") }
            """;

        ExpectError(Rule, document, "Variable \"$a\" is never used in operation \"Q\".", 1, 9);
    }
}
