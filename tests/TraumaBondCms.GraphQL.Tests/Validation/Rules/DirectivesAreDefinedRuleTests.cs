using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.7.1: <see cref="DirectivesAreDefinedRule"/>.</summary>
public class DirectivesAreDefinedRuleTests
{
    private static readonly string Rule = new DirectivesAreDefinedRule().Name;

    [Theory]
    [InlineData("{ dog @include(if: true) { name @skip(if: false) @tag(name: \"x\") @cost(weight: 1) } }")]
    public void Should_accept_document_when_directives_are_defined(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_directive_when_schema_does_not_define_it()
    {
        var document = """{ dog @unknown { name } }""";

        ExpectError(Rule, document, "Unknown directive \"@unknown\".", 1, 7);
    }

    [Fact]
    public void Should_suggest_close_names_when_directive_is_misspelled()
    {
        var document = """{ dog { name @skp(if: true) } }""";

        ExpectError(Rule, document, "Unknown directive \"@skp\". Did you mean \"@skip\"?", 1, 14);
    }

    [Fact]
    public void Should_report_every_use_when_unknown_directive_appears_at_each_location()
    {
        var document = """
            query Q($v: Int @nope) @nope { dog @nope { ...F @nope } complicatedArgs { intArgField(intArg: $v) } }
            fragment F on Dog @nope { name }
            """;

        ExpectErrors(
            Rule,
            document,
            new Expected("Unknown directive \"@nope\".", (1, 17)),
            new Expected("Unknown directive \"@nope\".", (1, 24)),
            new Expected("Unknown directive \"@nope\".", (1, 36)),
            new Expected("Unknown directive \"@nope\".", (1, 49)),
            new Expected("Unknown directive \"@nope\".", (2, 19)));
    }
}
