using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.8.3: <see cref="AllVariableUsesDefinedRule"/>.</summary>
public class AllVariableUsesDefinedRuleTests
{
    private static readonly string Rule = new AllVariableUsesDefinedRule().Name;

    [Theory]
    [InlineData("query Q($a: Int) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { intArgField(intArg: $a) }")]
    [InlineData("query Q($show: Boolean!) { dog @include(if: $show) { name } }")]
    public void Should_accept_document_when_used_variables_are_declared(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_use_and_operation_when_variable_is_not_declared()
    {
        var document = """query Q { complicatedArgs { intArgField(intArg: $a) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$a\" is not defined by operation \"Q\".", (1, 49), (1, 1)));
    }

    [Fact]
    public void Should_report_use_when_anonymous_operation_does_not_declare_it()
    {
        var document = """{ complicatedArgs { intArgField(intArg: $a) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$a\" is not defined.", (1, 41), (1, 1)));
    }

    [Fact]
    public void Should_report_for_the_operation_that_lacks_it_when_fragment_is_shared()
    {
        var document = """
            query A($a: Int) { complicatedArgs { ...F } }
            query B { complicatedArgs { ...F } }
            fragment F on ComplicatedArgs { intArgField(intArg: $a) }
            """;

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$a\" is not defined by operation \"B\".", (3, 53), (2, 1)));
    }

    [Fact]
    public void Should_report_every_use_when_undeclared_variable_is_used_in_values()
    {
        var document = """query Q { complicatedArgs { stringListArgField(stringListArg: ["a", $s]) complexArgField(complexArg: {requiredField: $r}) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$s\" is not defined by operation \"Q\".", (1, 69), (1, 1)),
            new Expected("Variable \"$r\" is not defined by operation \"Q\".", (1, 118), (1, 1)));
    }
}
