using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.6.1: <see cref="ValuesOfCorrectTypeRule"/>.</summary>
public class ValuesOfCorrectTypeRuleTests
{
    private static readonly string Rule = new ValuesOfCorrectTypeRule().Name;

    [Theory]
    [InlineData("{ complicatedArgs { intArgField(intArg: -2147483648) floatArgField(floatArg: 1) idArgField(idArg: 1) stringArgField(stringArg: \"s\") booleanArgField(booleanArg: true) enumArgField(enumArg: TAN) } }")]
    [InlineData("{ complicatedArgs { stringListArgField(stringListArg: \"one\") matrixArgField(matrix: [[1, 2], [3]]) intArgField(intArg: null) } }")]
    [InlineData("{ complicatedArgs { a: dateArgField(dateArg: \"2024-01-01\") b: dateArgField(dateArg: {y: 2024}) } }")]
    [InlineData("{ complicatedArgs { oneOfArgField(oneOfArg: {byName: \"Rex\"}) } search(filter: {byNested: {requiredField: true}}) { name } }")]
    [InlineData("query Q($name: String!) { complicatedArgs { oneOfArgField(oneOfArg: {byName: $name}) } }")]
    public void Should_accept_document_when_literals_fit_their_types(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_literal_with_coercion_reason_when_string_is_given_for_int()
    {
        var document = """{ complicatedArgs { intArgField(intArg: "3") } }""";

        ExpectError(Rule, document, "Expected value of type \"Int\", found \"3\"; Int cannot represent non-integer value: \"3\".", 1, 41);
    }

    [Fact]
    public void Should_report_literal_when_int_overflows_32_bits()
    {
        var document = """{ complicatedArgs { intArgField(intArg: 2147483648) } }""";

        ExpectError(Rule, document, "Expected value of type \"Int\", found 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648.", 1, 41);
    }

    [Fact]
    public void Should_report_literal_when_enum_value_does_not_exist()
    {
        var document = """{ complicatedArgs { enumArgField(enumArg: PINK) } }""";

        ExpectError(Rule, document, "Expected value of type \"FurColor\", found PINK; Value \"PINK\" does not exist in \"FurColor\" enum.", 1, 43);
    }

    [Fact]
    public void Should_report_literal_when_string_is_given_for_enum()
    {
        var document = """{ complicatedArgs { enumArgField(enumArg: "TAN") } }""";

        ExpectError(Rule, document, "Expected value of type \"FurColor\", found \"TAN\"; Enum \"FurColor\" cannot represent non-enum value: \"TAN\".", 1, 43);
    }

    [Fact]
    public void Should_report_null_when_item_type_is_non_null()
    {
        var document = """{ complicatedArgs { stringListNonNullArgField(stringListNonNullArg: ["a", null]) } }""";

        ExpectError(Rule, document, "Expected value of type \"String!\", found null.", 1, 75);
    }

    [Fact]
    public void Should_report_each_wrong_item_when_list_holds_several()
    {
        var document = """{ complicatedArgs { stringListArgField(stringListArg: ["a", 1, 2]) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Expected value of type \"String\", found 1; String cannot represent a non string value: 1.", (1, 61)),
            new Expected("Expected value of type \"String\", found 2; String cannot represent a non string value: 2.", (1, 64)));
    }

    [Fact]
    public void Should_report_list_once_when_no_list_is_expected()
    {
        var document = """{ complicatedArgs { complexArgField(complexArg: [{intField: 1}]) } }""";

        ExpectError(Rule, document, "Expected value of type \"ComplexInput\", found [{intField: 1}].", 1, 49);
    }

    [Fact]
    public void Should_report_object_when_scalar_is_expected()
    {
        var document = """{ complicatedArgs { intArgField(intArg: {a: 1}) } }""";

        ExpectError(Rule, document, "Expected value of type \"Int\", found {a: 1}; Int cannot represent non-integer value: {a: 1}.", 1, 41);
    }

    [Fact]
    public void Should_report_scalar_when_input_object_is_expected()
    {
        var document = """{ complicatedArgs { complexArgField(complexArg: "x") } }""";

        ExpectError(Rule, document, "Expected value of type \"ComplexInput\", found \"x\".", 1, 49);
    }

    [Fact]
    public void Should_report_literal_when_variable_default_has_wrong_type()
    {
        var document = """query Q($i: Int = "one") { complicatedArgs { intArgField(intArg: $i) } }""";

        ExpectError(Rule, document, "Expected value of type \"Int\", found \"one\"; Int cannot represent non-integer value: \"one\".", 1, 19);
    }

    [Fact]
    public void Should_report_oneof_literal_when_it_gives_two_fields()
    {
        var document = """{ complicatedArgs { oneOfArgField(oneOfArg: {byName: "Rex", byId: 1}) } }""";

        ExpectError(Rule, document, "OneOf input object \"PetFilter\" must specify exactly one field.", 1, 45);
    }

    [Fact]
    public void Should_report_oneof_literal_when_it_gives_no_field()
    {
        var document = """{ complicatedArgs { oneOfArgField(oneOfArg: {}) } }""";

        ExpectError(Rule, document, "OneOf input object \"PetFilter\" must specify exactly one field.", 1, 45);
    }

    [Fact]
    public void Should_report_oneof_literal_when_its_field_is_null()
    {
        var document = """{ complicatedArgs { oneOfArgField(oneOfArg: {byName: null}) } }""";

        ExpectError(Rule, document, "Field \"PetFilter.byName\" of OneOf input object must not be null.", 1, 45);
    }

    [Fact]
    public void Should_report_variable_and_declaration_when_oneof_field_takes_a_nullable_variable()
    {
        var document = """query Q($n: String) { complicatedArgs { oneOfArgField(oneOfArg: {byName: $n}) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$n\" must be non-nullable to be used for OneOf input object \"PetFilter\".", (1, 74), (1, 9)));
    }

    [Fact]
    public void Should_report_once_per_operation_when_fragment_puts_nullable_variable_in_oneof_field()
    {
        var document = """
            query A($n: String) { complicatedArgs { ...F } }
            query B($n: String!) { complicatedArgs { ...F } }
            fragment F on ComplicatedArgs { oneOfArgField(oneOfArg: {byName: $n}) }
            """;

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$n\" must be non-nullable to be used for OneOf input object \"PetFilter\".", (3, 66), (1, 9)));
    }
}
