using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.6.3: <see cref="InputObjectFieldUniquenessRule"/>.</summary>
public class InputObjectFieldUniquenessRuleTests
{
    private static readonly string Rule = new InputObjectFieldUniquenessRule().Name;

    [Theory]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: {requiredField: true, nested: {requiredField: true}}) } }")]
    public void Should_accept_document_when_input_fields_are_distinct(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_each_repeat_with_first_when_input_field_is_given_three_times()
    {
        var document = """{ complicatedArgs { complexArgField(complexArg: {requiredField: true, requiredField: false, requiredField: true}) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("There can be only one input field named \"requiredField\".", (1, 50), (1, 71)),
            new Expected("There can be only one input field named \"requiredField\".", (1, 50), (1, 93)));
    }

    [Fact]
    public void Should_report_repeat_when_it_is_in_a_nested_object()
    {
        var document = """{ complicatedArgs { complexArgField(complexArg: {requiredField: true, nested: {intField: 1, requiredField: true, intField: 2}}) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("There can be only one input field named \"intField\".", (1, 80), (1, 114)));
    }
}
