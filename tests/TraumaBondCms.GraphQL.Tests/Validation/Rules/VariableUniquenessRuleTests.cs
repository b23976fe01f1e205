using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.8.1: <see cref="VariableUniquenessRule"/>.</summary>
public class VariableUniquenessRuleTests
{
    private static readonly string Rule = new VariableUniquenessRule().Name;

    [Theory]
    [InlineData("query Q($a: Int, $b: Int) { complicatedArgs { multipleOpts(opt1: $a, opt2: $b) } }")]
    [InlineData("query A($a: Int) { complicatedArgs { intArgField(intArg: $a) } } query B($a: Int) { complicatedArgs { intArgField(intArg: $a) } }")]
    public void Should_accept_document_when_variables_are_distinct_per_operation(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_every_declaration_when_variable_is_declared_three_times()
    {
        var document = """query Q($a: Int, $a: String, $a: Int) { complicatedArgs { intArgField(intArg: $a) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("There can be only one variable named \"$a\".", (1, 9), (1, 18), (1, 30)));
    }
}
