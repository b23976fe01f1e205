using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.5.2.3: <see cref="FragmentSpreadIsPossibleRule"/>.</summary>
public class FragmentSpreadIsPossibleRuleTests
{
    private static readonly string Rule = new FragmentSpreadIsPossibleRule().Name;

    [Theory]
    [InlineData("{ dog { ... on Dog { name } ... on Pet { name } ... on Node { id } } }")]
    [InlineData("{ pet { ... on Dog { name } ... on CatOrDog { __typename } ... on Canine { barkVolume } } }")]
    [InlineData("{ catOrDog { ... on Cat { meows } ... on Pet { name } ... on DogOrHuman { __typename } } }")]
    public void Should_accept_document_when_fragments_can_apply(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_inline_fragment_when_object_types_differ()
    {
        var document = """{ dog { ... on Cat { meows } } }""";

        ExpectError(Rule, document, "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", 1, 9);
    }

    [Fact]
    public void Should_report_spread_when_fragment_type_is_another_object()
    {
        var document = """
            { dog { ...CatFields } }
            fragment CatFields on Cat { meows }
            """;

        ExpectError(Rule, document, "Fragment \"CatFields\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", 1, 9);
    }

    [Fact]
    public void Should_report_inline_fragment_when_object_is_not_in_union()
    {
        var document = """{ catOrDog { ... on Human { iq } } }""";

        ExpectError(Rule, document, "Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", 1, 14);
    }

    [Fact]
    public void Should_report_inline_fragment_when_unions_share_no_member()
    {
        var document = """{ catOrDog { ... on HumanOrAlien { __typename } } }""";

        ExpectError(Rule, document, "Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", 1, 14);
    }

    [Fact]
    public void Should_report_inline_fragment_when_interface_has_no_member_in_union()
    {
        var document = """{ humanOrAlien { ... on Pet { name } } }""";

        ExpectError(Rule, document, "Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", 1, 18);
    }
}
