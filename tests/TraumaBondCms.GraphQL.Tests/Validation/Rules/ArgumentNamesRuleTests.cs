using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.4.1: <see cref="ArgumentNamesRule"/>.</summary>
public class ArgumentNamesRuleTests
{
    private static readonly string Rule = new ArgumentNamesRule().Name;

    [Theory]
    [InlineData("{ dog { doesKnowCommand(dogCommand: SIT) isHousetrained(atOtherHomes: false) } }")]
    [InlineData("{ dog @include(if: true) { name @skip(if: false) } }")]
    public void Should_accept_document_when_arguments_are_defined(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_argument_when_field_does_not_define_it()
    {
        var document = """{ dog { barks(loud: true) } }""";

        ExpectError(Rule, document, "Unknown argument \"loud\" on field \"Dog.barks\".", 1, 15);
    }

    [Fact]
    public void Should_suggest_close_names_when_argument_is_misspelled()
    {
        var document = """{ dog { doesKnowCommand(dogCommnd: SIT) } }""";

        ExpectError(Rule, document, "Unknown argument \"dogCommnd\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", 1, 25);
    }

    [Fact]
    public void Should_report_argument_when_directive_does_not_define_it()
    {
        var document = """{ dog @skip(unless: true) { name } }""";

        ExpectError(Rule, document, "Unknown argument \"unless\" on directive \"@skip\".", 1, 13);
    }

    [Fact]
    public void Should_not_report_arguments_when_field_is_unknown()
    {
        var document = """{ dog { unknownField(arg: 1) } }""";

        ExpectErrors(Rule, document);
    }

    [Fact]
    public void Should_not_report_arguments_when_directive_is_unknown()
    {
        var document = """{ dog { name @unknown(surname: true, x: 1) } }""";

        ExpectErrors(Rule, document);
    }
}
