using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.2.2.1: <see cref="LoneAnonymousOperationRule"/>.</summary>
public class LoneAnonymousOperationRuleTests
{
    private static readonly string Rule = new LoneAnonymousOperationRule().Name;

    [Theory]
    [InlineData("{ dog { name } }")]
    [InlineData("{ dog { ...F } } fragment F on Dog { name }")]
    [InlineData("query A { dog { name } } query B { cat { name } }")]
    public void Should_accept_document_when_anonymous_operation_is_alone(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_anonymous_operation_when_a_named_one_exists()
    {
        var document = """
            { dog { name } }
            query Named { cat { name } }
            """;

        ExpectError(Rule, document, "This anonymous operation must be the only defined operation.", 1, 1);
    }

    [Fact]
    public void Should_report_each_anonymous_operation_when_there_are_two()
    {
        var document = """
            { dog { name } }
            mutation { renameDog(id: 1, name: "x") { name } }
            """;

        ExpectErrors(
            Rule,
            document,
            new Expected("This anonymous operation must be the only defined operation.", (1, 1)),
            new Expected("This anonymous operation must be the only defined operation.", (2, 1)));
    }
}
