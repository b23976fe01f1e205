using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.6.2: <see cref="InputObjectFieldNamesRule"/>.</summary>
public class InputObjectFieldNamesRuleTests
{
    private static readonly string Rule = new InputObjectFieldNamesRule().Name;

    [Theory]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: {requiredField: true, booleanField: false, nested: {requiredField: true}}) } }")]
    public void Should_accept_document_when_input_fields_are_defined(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_field_when_input_object_does_not_define_it()
    {
        var document = """{ complicatedArgs { complexArgField(complexArg: {requiredField: true, unknownField: 1}) } }""";

        ExpectError(Rule, document, "Field \"unknownField\" is not defined by type \"ComplexInput\".", 1, 71);
    }

    [Fact]
    public void Should_suggest_close_names_when_input_field_is_misspelled()
    {
        var document = """{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intFeld: 1}) } }""";

        ExpectError(Rule, document, "Field \"intFeld\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", 1, 71);
    }

    [Fact]
    public void Should_report_field_when_nested_input_object_does_not_define_it()
    {
        var document = """{ search(filter: {byNested: {requiredField: true, deep: 1}}) { name } }""";

        ExpectError(Rule, document, "Field \"deep\" is not defined by type \"ComplexInput\".", 1, 51);
    }

    [Fact]
    public void Should_not_report_fields_when_object_stands_where_no_input_object_is_expected()
    {
        var document = """{ complicatedArgs { intArgField(intArg: {unknown: 1}) } }""";

        ExpectErrors(Rule, document);
    }
}
