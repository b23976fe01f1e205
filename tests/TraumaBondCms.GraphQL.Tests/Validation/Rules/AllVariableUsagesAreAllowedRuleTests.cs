using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.8.5: <see cref="AllVariableUsagesAreAllowedRule"/>.</summary>
public class AllVariableUsagesAreAllowedRuleTests
{
    private static readonly string Rule = new AllVariableUsagesAreAllowedRule().Name;

    [Theory]
    [InlineData("query Q($i: Int, $n: Int!, $l: [String], $e: FurColor) { complicatedArgs { intArgField(intArg: $i) nonNullIntArgField(nonNullIntArg: $n) stringListArgField(stringListArg: $l) enumArgField(enumArg: $e) } }")]
    [InlineData("query Q($n: Int!) { complicatedArgs { intArgField(intArg: $n) } }")]
    [InlineData("query Q($i: Int = 1) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }")]
    [InlineData("query Q($i: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $i) } }")]
    [InlineData("query Q($b: Boolean) { complicatedArgs { complexArgField(complexArg: {requiredField: true, nonNullField: $b}) } }")]
    [InlineData("query Q($s: String) { complicatedArgs { stringListArgField(stringListArg: [$s, \"b\"]) } }")]
    [InlineData("query Q($l: [String!]!) { complicatedArgs { stringListArgField(stringListArg: $l) } }")]
    [InlineData("query Q($b: Boolean = true) { dog @include(if: $b) { name } }")]
    public void Should_accept_document_when_variables_fit_their_positions(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_declaration_and_use_when_nullable_variable_fills_non_null_argument()
    {
        var document = """query Q($i: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (1, 72)));
    }

    [Fact]
    public void Should_report_use_when_null_default_does_not_make_variable_non_null()
    {
        var document = """query Q($i: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (1, 79)));
    }

    [Fact]
    public void Should_report_use_when_nullable_variable_fills_required_input_field()
    {
        var document = """query Q($b: Boolean) { complicatedArgs { complexArgField(complexArg: {requiredField: $b}) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (1, 86)));
    }

    [Fact]
    public void Should_report_use_when_scalar_types_differ()
    {
        var document = """query Q($i: Int) { complicatedArgs { floatArgField(floatArg: $i) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$i\" of type \"Int\" used in position expecting type \"Float\".", (1, 9), (1, 62)));
    }

    [Fact]
    public void Should_report_use_when_scalar_variable_fills_list_argument()
    {
        var document = """query Q($s: String) { complicatedArgs { stringListArgField(stringListArg: $s) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$s\" of type \"String\" used in position expecting type \"[String]\".", (1, 9), (1, 75)));
    }

    [Fact]
    public void Should_report_use_when_list_items_are_nullable_but_must_not_be()
    {
        var document = """query Q($l: [String]) { complicatedArgs { stringListNonNullArgField(stringListNonNullArg: $l) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$l\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 9), (1, 91)));
    }

    [Fact]
    public void Should_report_use_when_directive_argument_needs_non_null()
    {
        var document = """query Q($b: Boolean) { dog @include(if: $b) { name } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (1, 41)));
    }

    [Fact]
    public void Should_report_use_for_the_operation_that_declares_it_nullable_when_fragment_is_shared()
    {
        var document = """
            query A($i: Int!) { complicatedArgs { ...F } }
            query B($i: Int) { complicatedArgs { ...F } }
            fragment F on ComplicatedArgs { nonNullIntArgField(nonNullIntArg: $i) }
            """;

        ExpectErrors(
            Rule,
            document,
            new Expected("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (2, 9), (3, 67)));
    }
}
