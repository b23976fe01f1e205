using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.5.1.4: <see cref="FragmentsMustBeUsedRule"/>.</summary>
public class FragmentsMustBeUsedRuleTests
{
    private static readonly string Rule = new FragmentsMustBeUsedRule().Name;

    [Theory]
    [InlineData("{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }")]
    [InlineData("query A { dog { name } } query B { dog { ...F } } fragment F on Dog { name }")]
    public void Should_accept_document_when_every_fragment_is_used(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_fragment_when_no_operation_spreads_it()
    {
        var document = """
            { dog { name } }
            fragment Unused on Dog { name }
            """;

        ExpectError(Rule, document, "Fragment \"Unused\" is never used.", 2, 1);
    }

    [Fact]
    public void Should_report_both_when_fragments_only_spread_each_other()
    {
        var document = """
            { dog { name } }
            fragment Outer on Dog { ...Inner }
            fragment Inner on Dog { name }
            """;

        ExpectErrors(
            Rule,
            document,
            new Expected("Fragment \"Outer\" is never used.", (2, 1)),
            new Expected("Fragment \"Inner\" is never used.", (3, 1)));
    }
}
