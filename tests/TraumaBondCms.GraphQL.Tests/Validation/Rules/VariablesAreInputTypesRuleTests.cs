using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.8.2: <see cref="VariablesAreInputTypesRule"/>.</summary>
public class VariablesAreInputTypesRuleTests
{
    private static readonly string Rule = new VariablesAreInputTypesRule().Name;

    [Theory]
    [InlineData("query Q($a: Int, $b: [String!]!, $c: ComplexInput, $d: FurColor, $e: [[Int!]!], $f: DateTime) { complicatedArgs { intArgField(intArg: $a) stringListNonNullArgField(stringListNonNullArg: $b) complexArgField(complexArg: $c) enumArgField(enumArg: $d) matrixArgField(matrix: $e) dateArgField(dateArg: $f) } }")]
    public void Should_accept_document_when_variables_have_input_types(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_type_when_variable_has_an_object_type()
    {
        var document = """query Q($d: Dog) { dog { name } }""";

        ExpectError(Rule, document, "Variable \"$d\" cannot be non-input type \"Dog\".", 1, 13);
    }

    [Fact]
    public void Should_report_whole_type_when_variable_wraps_an_abstract_type()
    {
        var document = """query Q($p: Pet, $u: [CatOrDog!]) { dog { name } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$p\" cannot be non-input type \"Pet\".", (1, 13)),
            new Expected("Variable \"$u\" cannot be non-input type \"[CatOrDog!]\".", (1, 22)));
    }

    [Fact]
    public void Should_report_named_type_when_variable_type_is_unknown()
    {
        var document = """query Q($x: [Unicorn!]!) { dog { name } }""";

        ExpectError(Rule, document, "Unknown type \"Unicorn\".", 1, 14);
    }
}
