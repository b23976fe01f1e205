using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.5.2.1: <see cref="FragmentSpreadTargetDefinedRule"/>.</summary>
public class FragmentSpreadTargetDefinedRuleTests
{
    private static readonly string Rule = new FragmentSpreadTargetDefinedRule().Name;

    [Theory]
    [InlineData("{ dog { ...F } } fragment F on Dog { name }")]
    public void Should_accept_document_when_spread_fragments_are_defined(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_spread_name_when_fragment_is_not_defined()
    {
        var document = """{ dog { ...Missing name } }""";

        ExpectError(Rule, document, "Unknown fragment \"Missing\".", 1, 12);
    }

    [Fact]
    public void Should_report_spread_when_undefined_fragment_is_spread_inside_a_fragment()
    {
        var document = """
            { dog { ...F } }
            fragment F on Dog { ...Missing name }
            """;

        ExpectError(Rule, document, "Unknown fragment \"Missing\".", 2, 24);
    }
}
