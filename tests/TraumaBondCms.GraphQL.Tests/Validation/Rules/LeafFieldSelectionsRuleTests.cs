using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.3.3: <see cref="LeafFieldSelectionsRule"/>.</summary>
public class LeafFieldSelectionsRuleTests
{
    private static readonly string Rule = new LeafFieldSelectionsRule().Name;

    [Theory]
    [InlineData("{ dog { name furColor tags } kennel { name } catOrDog { __typename } }")]
    public void Should_accept_document_when_leaves_have_no_selection_and_composites_have_one(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_selection_set_when_field_is_a_scalar()
    {
        var document = """{ dog { name { length } } }""";

        ExpectError(Rule, document, "Field \"name\" must not have a selection since type \"String\" has no subfields.", 1, 14);
    }

    [Fact]
    public void Should_report_selection_set_when_field_is_an_enum()
    {
        var document = """{ dog { furColor { value } } }""";

        ExpectError(Rule, document, "Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", 1, 18);
    }

    [Fact]
    public void Should_report_field_when_object_field_has_no_selection()
    {
        var document = """{ dog }""";

        ExpectError(Rule, document, "Field \"dog\" of type \"Dog\" must have a selection of subfields, e.g. \"dog { ... }\".", 1, 3);
    }

    [Fact]
    public void Should_report_field_with_its_wrapped_type_when_list_of_objects_has_no_selection()
    {
        var document = """{ kennel }""";

        ExpectError(Rule, document, "Field \"kennel\" of type \"[[Dog]!]\" must have a selection of subfields, e.g. \"kennel { ... }\".", 1, 3);
    }

    [Fact]
    public void Should_report_field_when_union_field_has_no_selection()
    {
        var document = """{ catOrDog }""";

        ExpectError(Rule, document, "Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields, e.g. \"catOrDog { ... }\".", 1, 3);
    }
}
