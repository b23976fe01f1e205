using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.2.3.1: <see cref="SingleRootFieldRule"/>.</summary>
public class SingleRootFieldRuleTests
{
    private static readonly string Rule = new SingleRootFieldRule().Name;

    [Theory]
    [InlineData("subscription S { dogBarked { name } }")]
    [InlineData("subscription S { ...Root } fragment Root on Subscription { catMeowed { name } }")]
    [InlineData("subscription S { dogBarked { name } catMeowed @skip(if: true) { name } }")]
    [InlineData("subscription S { dogBarked { name } dogBarked { nickname } }")]
    [InlineData("query Q { dog { name } cat { name } }")]
    public void Should_accept_subscription_when_it_selects_one_root_field(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_extra_fields_together_when_subscription_selects_three()
    {
        var document = """subscription S { dogBarked { name } catMeowed { name } newPet { name } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Subscription \"S\" must select only one top level field.", (1, 37), (1, 56)));
    }

    [Fact]
    public void Should_report_fields_collected_through_fragments_when_they_add_a_root_field()
    {
        var document = """
            subscription { ...Root dogBarked { name } }
            fragment Root on Subscription { catMeowed { name } }
            """;

        ExpectError(Rule, document, "Anonymous subscription must select only one top level field.", 1, 24);
    }

    [Fact]
    public void Should_report_introspection_field_when_subscription_selects_typename()
    {
        var document = """subscription S { __typename }""";

        ExpectError(Rule, document, "Subscription \"S\" must not select an introspection top level field.", 1, 18);
    }
}
