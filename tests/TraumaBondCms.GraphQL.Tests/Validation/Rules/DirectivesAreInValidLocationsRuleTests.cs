using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.7.2: <see cref="DirectivesAreInValidLocationsRule"/>.</summary>
public class DirectivesAreInValidLocationsRuleTests
{
    private static readonly string Rule = new DirectivesAreInValidLocationsRule().Name;

    [Theory]
    [InlineData("query Q($v: Int @onVariable) @onQuery @tag(name: \"q\") { dog { ...F @onFragment ... @onFragment { name } } complicatedArgs { intArgField(intArg: $v) } } fragment F on Dog @onFragment { name }")]
    [InlineData("mutation M @onMutation { renameDog(id: 1, name: \"x\") { name } }")]
    [InlineData("subscription S @onSubscription { catMeowed { name } }")]
    public void Should_accept_document_when_directives_are_in_their_locations(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_directive_when_field_directive_is_on_an_operation()
    {
        var document = """query Q @skip(if: true) { dog { name } }""";

        ExpectError(Rule, document, "Directive \"@skip\" may not be used on QUERY.", 1, 9);
    }

    [Fact]
    public void Should_report_directive_when_query_directive_is_on_a_field()
    {
        var document = """{ dog @onQuery { name } }""";

        ExpectError(Rule, document, "Directive \"@onQuery\" may not be used on FIELD.", 1, 7);
    }

    [Fact]
    public void Should_report_directive_when_mutation_directive_is_on_a_query()
    {
        var document = """query Q @onMutation { dog { name } }""";

        ExpectError(Rule, document, "Directive \"@onMutation\" may not be used on QUERY.", 1, 9);
    }

    [Fact]
    public void Should_report_directive_when_type_system_directive_is_in_a_request()
    {
        var document = """{ dog { name @deprecated } }""";

        ExpectError(Rule, document, "Directive \"@deprecated\" may not be used on FIELD.", 1, 14);
    }

    [Fact]
    public void Should_report_directive_when_variable_directive_is_on_a_fragment()
    {
        var document = """
            { dog { ...F } }
            fragment F on Dog @onVariable { name }
            """;

        ExpectError(Rule, document, "Directive \"@onVariable\" may not be used on FRAGMENT_DEFINITION.", 2, 19);
    }
}
