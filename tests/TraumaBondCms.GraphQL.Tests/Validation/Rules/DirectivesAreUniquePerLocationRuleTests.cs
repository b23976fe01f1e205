using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.7.3: <see cref="DirectivesAreUniquePerLocationRule"/>.</summary>
public class DirectivesAreUniquePerLocationRuleTests
{
    private static readonly string Rule = new DirectivesAreUniquePerLocationRule().Name;

    [Theory]
    [InlineData("{ dog @include(if: true) @skip(if: false) { name @tag(name: \"a\") @tag(name: \"b\") nickname @skip(if: false) } }")]
    public void Should_accept_document_when_directives_are_unique_or_repeatable(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_each_repeat_with_first_when_directive_appears_three_times()
    {
        var document = """{ dog { name @include(if: true) @include(if: true) @include(if: true) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("The directive \"@include\" can only be used once at this location.", (1, 14), (1, 33)),
            new Expected("The directive \"@include\" can only be used once at this location.", (1, 14), (1, 52)));
    }

    [Fact]
    public void Should_report_repeat_when_it_is_on_an_operation()
    {
        var document = """query Q @onQuery @onQuery { dog { name } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("The directive \"@onQuery\" can only be used once at this location.", (1, 9), (1, 18)));
    }

    [Fact]
    public void Should_report_repeat_when_it_is_on_a_fragment_definition()
    {
        var document = """
            { dog { ...F } }
            fragment F on Dog @onFragment @onFragment { name }
            """;

        ExpectErrors(
            Rule,
            document,
            new Expected("The directive \"@onFragment\" can only be used once at this location.", (2, 19), (2, 31)));
    }

    [Fact]
    public void Should_not_report_repeats_when_directive_is_unknown()
    {
        var document = """{ dog @unknown @unknown { name } }""";

        ExpectErrors(Rule, document);
    }
}
