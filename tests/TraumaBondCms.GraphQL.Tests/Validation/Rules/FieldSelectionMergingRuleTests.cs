using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.3.2: <see cref="FieldSelectionMergingRule"/>.</summary>
public class FieldSelectionMergingRuleTests
{
    private static readonly string Rule = new FieldSelectionMergingRule().Name;

    [Theory]
    [InlineData("{ dog { name name } }")]
    [InlineData("{ dog { n: name n: name } }")]
    [InlineData("{ dog { isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) } }")]
    [InlineData("{ complicatedArgs { complexArgField(complexArg: {requiredField: true, intField: 1}) complexArgField(complexArg: {intField: 1, requiredField: true}) } }")]
    [InlineData("{ pet { ... on Dog { x: barkVolume } ... on Cat { x: meowVolume } } }")]
    [InlineData("{ catOrDog { ... on Dog { name(surname: true) } ... on Cat { name(surname: false) } } }")]
    [InlineData("{ dog { ...A ...A owner { pets { ...P ...P } } } pet { ...P } } fragment A on Dog { name owner { name } } fragment P on Pet { name }")]
    public void Should_accept_document_when_fields_sharing_a_response_name_can_merge(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_conflict_when_alias_names_two_different_fields()
    {
        var document = """{ dog { n: name n: nickname } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Fields \"n\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 17)));
    }

    [Fact]
    public void Should_report_conflict_when_same_field_has_different_arguments()
    {
        var document = """{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 42)));
    }

    [Fact]
    public void Should_report_conflict_when_int_and_float_literals_differ()
    {
        var document = """{ complicatedArgs { floatArgField(floatArg: 1) floatArgField(floatArg: 1.0) } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Fields \"floatArgField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 21), (1, 48)));
    }

    [Fact]
    public void Should_report_conflicting_types_when_parents_are_different_objects()
    {
        var document = """{ pet { ... on Dog { size } ... on Cat { size } } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Fields \"size\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (1, 22), (1, 42)));
    }

    [Fact]
    public void Should_report_list_versus_scalar_when_parents_are_different_objects()
    {
        var document = """{ humanOrAlien { ... on Human { nicknames } ... on Alien { nicknames } } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Fields \"nicknames\" conflict because they return conflicting types \"[String]\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (1, 33), (1, 60)));
    }

    [Fact]
    public void Should_report_subfield_conflict_with_all_locations_when_nested_fields_differ()
    {
        var document = """{ dog { owner { name } owner { name: iq } } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Fields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 17), (1, 24), (1, 32)));
    }

    [Fact]
    public void Should_report_conflict_when_it_comes_through_fragments()
    {
        var document = """
            { dog { ...A ...B } }
            fragment A on Dog { x: name }
            fragment B on Dog { x: nickname }
            """;

        ExpectErrors(
            Rule,
            document,
            new Expected("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 21), (3, 21)));
    }

    [Fact]
    public void Should_report_conflict_when_field_meets_fragment()
    {
        var document = """
            { dog { x: barks ...A } }
            fragment A on Dog { x: name }
            """;

        ExpectErrors(
            Rule,
            document,
            new Expected("Fields \"x\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (2, 21)));
    }

    [Fact]
    public void Should_report_each_conflicting_pair_when_three_fields_conflict()
    {
        var document = """{ dog { x: name x: nickname x: barks } }""";

        ExpectErrors(
            Rule,
            document,
            new Expected("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 17)),
            new Expected("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 29)),
            new Expected("Fields \"x\" conflict because \"nickname\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 17), (1, 29)));
    }
}
