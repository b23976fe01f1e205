using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.5.1.2: <see cref="FragmentSpreadTypeExistenceRule"/>.</summary>
public class FragmentSpreadTypeExistenceRuleTests
{
    private static readonly string Rule = new FragmentSpreadTypeExistenceRule().Name;

    [Theory]
    [InlineData("{ pet { ... on Dog { name } ...CatName } } fragment CatName on Cat { name }")]
    [InlineData("{ dog { ... { name } } }")]
    public void Should_accept_document_when_type_conditions_exist(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_inline_fragment_when_its_type_is_unknown()
    {
        var document = """{ pet { ... on Unicorn { name } } }""";

        ExpectError(Rule, document, "Unknown type \"Unicorn\".", 1, 16);
    }

    [Fact]
    public void Should_suggest_close_type_when_fragment_type_is_misspelled()
    {
        var document = """
            { pet { ...F } }
            fragment F on Dgo { name }
            """;

        ExpectError(Rule, document, "Unknown type \"Dgo\". Did you mean \"Dog\"?", 2, 15);
    }
}
