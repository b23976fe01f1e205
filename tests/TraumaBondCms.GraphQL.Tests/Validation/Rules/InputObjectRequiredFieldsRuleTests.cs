using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.6.4: <see cref="InputObjectRequiredFieldsRule"/>.</summary>
public class InputObjectRequiredFieldsRuleTests
{
    private static readonly string Rule = new InputObjectRequiredFieldsRule().Name;

    [Theory]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: {requiredField: true}) } }")]
    [InlineData("mutation M { addPet(input: {requiredField: false}) { name } }")]
    public void Should_accept_document_when_required_fields_are_given_or_defaulted(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_object_when_required_field_is_missing()
    {
        var document = """{ complicatedArgs { complexArgField(complexArg: {intField: 1}) } }""";

        ExpectError(Rule, document, "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", 1, 49);
    }

    [Fact]
    public void Should_report_nested_object_when_it_misses_a_required_field()
    {
        var document = """{ complicatedArgs { complexArgField(complexArg: {requiredField: true, nested: {}}) } }""";

        ExpectError(Rule, document, "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", 1, 79);
    }

    [Fact]
    public void Should_report_object_in_variable_default_when_it_misses_a_required_field()
    {
        var document = """query Q($c: ComplexInput = {intField: 1}) { complicatedArgs { complexArgField(complexArg: $c) } }""";

        ExpectError(Rule, document, "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", 1, 28);
    }
}
