using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Types;

/// <summary>One test per type system rule (spec §3 and the OneOf RFC): a valid schema passes, an invalid one reports the problem.</summary>
public partial class SchemaValidatorTests
{
    [Fact]
    public void Should_require_a_query_root_type()
    {
        var valid = Problems("type Query { a: Int }");
        var invalid = Problems("type Mutation { a: Int }");

        Assert.Empty(valid);
        Assert.Equal(["Query root type must be provided."], invalid);
    }

    [Fact]
    public void Should_require_root_operation_types_to_be_object_types()
    {
        var valid = Problems("schema { query: Root } type Root { a: Int }");
        var invalid = Problems("schema { query: Query mutation: Change } type Query { a: Int } input Change { a: Int }");

        Assert.Empty(valid);
        Assert.Equal(["Mutation root type must be Object type, it cannot be \"Change\"."], invalid);
    }

    [Fact]
    public void Should_reserve_double_underscore_names_for_introspection()
    {
        var valid = Problems("type Query { a_: Int _b: Int }");
        var invalid = Problems("type Query { __a: Int } type __Thing { b(__c: Int): Int } enum E { __D }");

        Assert.Empty(valid);
        Assert.Equal(
            [
                "Name of field \"Query.__a\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name of type \"__Thing\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name of argument \"__Thing.b(__c:)\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Name of enum value \"E.__D\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            ],
            invalid);
    }

    [Fact]
    public void Should_require_names_to_match_the_name_grammar()
    {
        var valid = Problems(new SchemaBuilder().AddObjectType("Query", query => query.Field("good_Name9", "Int")));
        var invalid = Problems(new SchemaBuilder().AddObjectType("Query", query => query.Field("bad-name", "Int")));

        Assert.Empty(valid);
        Assert.Equal(["Name of field \"Query.bad-name\" must match /^[_a-zA-Z][_a-zA-Z0-9]*$/ but \"bad-name\" does not."], invalid);
    }

    [Fact]
    public void Should_validate_directive_definitions()
    {
        var valid = Problems("type Query { a: Int } directive @d(x: [Int!], y: In = {v: 1}) repeatable on FIELD | OBJECT input In { v: Int }");
        var invalid = Problems(SchemaBuilder.FromSdl("type Query { a: Int } directive @__d on FIELD directive @e(x: Query, y: Int! @deprecated) on FIELD")
            .AddDirective("f", directive => directive.Argument("x", "Int")));

        Assert.Empty(valid);
        Assert.Equal(
            [
                "Name of directive \"@__d\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "The type of \"@e(x:)\" must be Input Type but got: \"Query\".",
                "Required argument \"@e(y:)\" cannot be deprecated.",
                "Directive \"@f\" must include one or more locations.",
            ],
            invalid);
    }

    [Fact]
    public void Should_reject_references_to_unknown_types()
    {
        var valid = Problems("type Query { a: Known } type Known { b: Int }");
        var invalid = Problems("type Query implements Missing { a: Unknown b(x: [Absent!]): Int } union U = Gone");

        Assert.Empty(valid);
        Assert.Equal(
            [
                "Unknown type \"Unknown\" referenced by Query.a.",
                "Unknown type \"Absent\" referenced by Query.b(x:).",
                "Unknown type \"Missing\" referenced by \"Query\".",
                "Unknown type \"Gone\" referenced by union \"U\".",
                "Union type \"U\" must define one or more member types.",
            ],
            invalid);
    }

    [Fact]
    public void Should_reject_duplicate_definitions()
    {
        var valid = Problems("type Query { a(x: Int): Int } type Other { a(x: Int): Int }");
        var invalid = Problems("type Query { a(x: Int, x: Int): Int a: String } type Query { b: Int } enum E { A A } input In { f: Int f: Int } directive @d on FIELD directive @d on FIELD");

        Assert.Empty(valid);
        Assert.Equal(
            [
                "There can be only one type named \"Query\".",
                "There can be only one directive named \"@d\".",
                "Argument \"Query.a(x:)\" can only be defined once.",
                "Field \"Query.a\" can only be defined once.",
                "Enum value \"E.A\" can only be defined once.",
                "Input field \"In.f\" can only be defined once.",
            ],
            invalid);
    }

    [Fact]
    public void Should_reject_redefining_built_in_types_and_directives_in_code_but_accept_sdl_declarations()
    {
        var valid = Problems("scalar String scalar Int directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT type Query { a: Int }");
        var invalid = Problems(SchemaBuilder.FromSdl("type Query { a: Int }").AddObjectType("String", s => s.Field("a", "Int")).AddDirective("include", d => d.Locations(GraphQL.Language.Ast.DirectiveLocation.Field)));

        Assert.Empty(valid);
        Assert.Equal(["Type \"String\" is built in and cannot be redefined.", "Directive \"@include\" is built in and cannot be redefined."], invalid);
    }

    [Fact]
    public void Should_check_directives_applied_in_sdl_against_their_definitions()
    {
        var valid = Problems("directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION type Query @tag(name: \"a\") @tag(name: \"b\") { a: Int @tag(name: \"c\") @deprecated(reason: \"old\") }");
        var invalid = Problems("type Query @nope @deprecated { a: Int @deprecated @deprecated b: Int @deprecated(reason: 1, why: \"x\") } scalar S @specifiedBy");

        Assert.Empty(valid);
        Assert.Equal(
            [
                "Unknown directive \"@nope\" on Query.",
                "Directive \"@deprecated\" may not be used on OBJECT (Query).",
                "The directive \"@deprecated\" can only be used once on Query.a.",
                "Invalid value for argument \"reason\" of \"@deprecated\" on Query.b: String cannot represent a non string value: 1.",
                "Unknown argument \"why\" on directive \"@deprecated\" on Query.b.",
                "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required on S.",
            ],
            invalid);
    }

    [Fact]
    public void Should_require_extended_types_to_exist_with_the_same_kind()
    {
        var valid = Problems("type Query { a: Int } extend type Query { b: Int } type Mutation { c: Int } extend schema { mutation: Mutation }");
        var invalid = Problems("type Query { a: Int } extend type Missing { a: Int } extend interface Query { b: Int } extend type Query { a: Int }");

        Assert.Empty(valid);
        Assert.Equal(
            [
                "Cannot extend type \"Missing\" because it is not defined.",
                "Cannot extend non-interface type \"Query\".",
                "Field \"Query.a\" can only be defined once.",
            ],
            invalid);
    }

    [Fact]
    public void Should_reject_executable_definitions_and_repeated_schema_definitions_in_sdl()
    {
        var valid = Problems("schema { query: Query } type Query { a: Int }");
        var invalid = Problems("schema { query: Query } schema { query: Root } type Query { a: Int } type Root { a: Int } { a }");

        Assert.Empty(valid);
        Assert.Equal(
            [
                "Must provide only one schema definition.",
                "The query root type is already \"Query\"; it cannot also be \"Root\".",
                "A schema document cannot contain executable definitions (found one at 1:91).",
            ],
            invalid);
    }

    private static IReadOnlyList<string> Problems(string sdl) => Problems(SchemaBuilder.FromSdl(sdl));

    private static IReadOnlyList<string> Problems(SchemaBuilder builder)
    {
        try
        {
            builder.Build();
            return [];
        }
        catch (SchemaValidationException error)
        {
            return error.Problems;
        }
    }
}
