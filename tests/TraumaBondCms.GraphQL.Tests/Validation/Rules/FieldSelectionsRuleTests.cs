using TraumaBondCms.GraphQL.Validation.Rules;
using static TraumaBondCms.GraphQL.Tests.Validation.Support.ValidationHarness;

namespace TraumaBondCms.GraphQL.Tests.Validation.Rules;

/// <summary>§5.3.1: <see cref="FieldSelectionsRule"/>.</summary>
public class FieldSelectionsRuleTests
{
    private static readonly string Rule = new FieldSelectionsRule().Name;

    [Theory]
    [InlineData("{ dog { name barks } pet { name nickname } }")]
    [InlineData("{ __typename catOrDog { __typename ... on Dog { name } } }")]
    [InlineData("{ pet { ... on Dog { barkVolume } ... on Canine { barkVolume } } }")]
    [InlineData("{ __schema { queryType { name } types { kind name fields(includeDeprecated: true) { name args { name defaultValue } type { kind ofType { name } } } } directives { name isRepeatable locations } } }")]
    [InlineData("{ __type(name: \"Dog\") { name ...TypeFields } } fragment TypeFields on __Type { kind interfaces { name } possibleTypes { name } enumValues { name } inputFields { name } isOneOf }")]
    public void Should_accept_document_when_every_field_is_defined_on_its_type(string document)
    {
        ExpectValid(document);
    }

    [Fact]
    public void Should_report_field_when_object_type_does_not_define_it()
    {
        var document = """{ dog { meowVolume } }""";

        ExpectError(Rule, document, "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 1, 9);
    }

    [Fact]
    public void Should_suggest_close_names_when_field_is_misspelled()
    {
        var document = """{ dog { nam } }""";

        ExpectError(Rule, document, "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", 1, 9);
    }

    [Fact]
    public void Should_report_field_when_interface_does_not_define_it()
    {
        var document = """{ pet { barkVolume } }""";

        ExpectError(Rule, document, "Cannot query field \"barkVolume\" on type \"Pet\".", 1, 9);
    }

    [Fact]
    public void Should_report_field_other_than_typename_when_selected_on_union()
    {
        var document = """{ catOrDog { name } }""";

        ExpectError(Rule, document, "Cannot query field \"name\" on type \"CatOrDog\".", 1, 14);
    }

    [Fact]
    public void Should_report_unknown_field_once_when_it_has_subfields()
    {
        var document = """{ dog { unknown { deeper { still } } } }""";

        ExpectError(Rule, document, "Cannot query field \"unknown\" on type \"Dog\".", 1, 9);
    }

    [Fact]
    public void Should_report_schema_meta_field_when_selected_below_the_query_root()
    {
        var document = """{ dog { __schema { types { name } } } }""";

        ExpectError(Rule, document, "Cannot query field \"__schema\" on type \"Dog\".", 1, 9);
    }

    [Fact]
    public void Should_report_field_when_introspection_type_does_not_define_it()
    {
        var document = """{ __schema { types { nam } } }""";

        ExpectError(Rule, document, "Cannot query field \"nam\" on type \"__Type\". Did you mean \"name\"?", 1, 22);
    }
}
