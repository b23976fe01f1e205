using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Types;

public partial class SchemaValidatorTests
{
    [Fact]
    public void Should_require_object_and_interface_types_to_define_fields()
    {
        var valid = Problems("type Query { a: Int } type Later extend type Later { b: Int }");
        var invalid = Problems("type Query { a: Int } type Empty interface Hollow");

        Assert.Empty(valid);
        Assert.Equal(["Object type \"Empty\" must define one or more fields.", "Interface type \"Hollow\" must define one or more fields."], invalid);
    }

    [Fact]
    public void Should_require_output_types_for_fields()
    {
        var valid = Problems("type Query { a: [Query!] b: E } enum E { X }");
        var invalid = Problems("type Query { a: In } input In { x: Int }");

        Assert.Empty(valid);
        Assert.Equal(["The type of \"Query.a\" must be Output Type but got: \"In\"."], invalid);
    }

    [Fact]
    public void Should_require_input_types_for_arguments()
    {
        var valid = Problems("type Query { a(x: [In!], e: E): Int } input In { x: Int } enum E { X }");
        var invalid = Problems("type Query { a(x: Query): Int }");

        Assert.Empty(valid);
        Assert.Equal(["The type of \"Query.a(x:)\" must be Input Type but got: \"Query\"."], invalid);
    }

    [Fact]
    public void Should_reject_deprecating_a_required_argument()
    {
        var valid = Problems("type Query { a(x: Int! = 1 @deprecated, y: Int @deprecated): Int }");
        var invalid = Problems("type Query { a(x: Int! @deprecated): Int }");

        Assert.Empty(valid);
        Assert.Equal(["Required argument \"Query.a(x:)\" cannot be deprecated."], invalid);
    }

    [Fact]
    public void Should_allow_implementing_only_interfaces()
    {
        var valid = Problems("interface I { a: Int } type Query implements I { a: Int }");
        var invalid = Problems("type Query implements Other { a: Int } type Other { a: Int }");

        Assert.Empty(valid);
        Assert.Equal(["Type \"Query\" must only implement Interface types, it cannot implement \"Other\"."], invalid);
    }

    [Fact]
    public void Should_reject_implementing_an_interface_twice()
    {
        var valid = Problems("interface I { a: Int } interface J { a: Int } type Query implements I & J { a: Int }");
        var invalid = Problems("interface I { a: Int } type Query implements I & I { a: Int }");

        Assert.Empty(valid);
        Assert.Equal(["Type \"Query\" can only implement \"I\" once."], invalid);
    }

    [Fact]
    public void Should_reject_an_interface_implementing_itself()
    {
        var valid = Problems("interface I { a: Int } interface J implements I { a: Int } type Query { j: J }");
        var invalid = Problems("interface I implements I { a: Int } type Query { i: I }");

        Assert.Empty(valid);
        Assert.Equal(["Type \"I\" cannot implement itself."], invalid);
    }

    [Fact]
    public void Should_require_transitively_implemented_interfaces_to_be_declared()
    {
        var valid = Problems("interface A { a: Int } interface B implements A { a: Int } type Query implements B & A { a: Int }");
        var invalid = Problems("interface A { a: Int } interface B implements A { a: Int } type Query implements B { a: Int }");

        Assert.Empty(valid);
        Assert.Equal(["Type \"Query\" must implement \"A\" because it is implemented by \"B\"."], invalid);
    }

    [Fact]
    public void Should_reject_circular_interface_implementations()
    {
        var valid = Problems("interface A { a: Int } interface B implements A { a: Int } type Query { b: B }");
        var invalid = Problems("interface A implements B { a: Int } interface B implements A { a: Int } type Query { a: A }");

        Assert.Empty(valid);
        Assert.Equal(
            [
                "Type \"A\" cannot implement \"B\" because it would create a circular reference.",
                "Type \"B\" cannot implement \"A\" because it would create a circular reference.",
            ],
            invalid);
    }

    [Fact]
    public void Should_require_every_interface_field_to_be_provided()
    {
        var valid = Problems("interface I { a: Int b: String } type Query implements I { a: Int b: String c: ID }");
        var invalid = Problems("interface I { a: Int b: String } type Query implements I { a: Int }");

        Assert.Empty(valid);
        Assert.Equal(["Interface field \"I.b\" expected but \"Query\" does not provide it."], invalid);
    }

    [Fact]
    public void Should_accept_only_covariant_field_types_when_implementing_an_interface()
    {
        var valid = Problems("interface Node { id: ID self: Node list: [Node] any: U } union U = Query type Query implements Node { id: ID! self: Query list: [Query!]! any: Query }");
        var invalid = Problems("interface I { a: Int b: Int! c: [Int] } type Query implements I { a: String b: Int c: Int }");

        Assert.Empty(valid);
        Assert.Equal(
            [
                "Interface field \"I.a\" expects type \"Int\" but \"Query.a\" is type \"String\".",
                "Interface field \"I.b\" expects type \"Int!\" but \"Query.b\" is type \"Int\".",
                "Interface field \"I.c\" expects type \"[Int]\" but \"Query.c\" is type \"Int\".",
            ],
            invalid);
    }

    [Fact]
    public void Should_require_interface_arguments_with_equal_types()
    {
        var valid = Problems("interface I { a(x: Int): Int } type Query implements I { a(x: Int): Int }");
        var invalid = Problems("interface I { a(x: Int, y: Int): Int } type Query implements I { a(x: Int!): Int }");

        Assert.Empty(valid);
        Assert.Equal(
            [
                "Interface field argument \"I.a(x:)\" expects type \"Int\" but \"Query.a(x:)\" is type \"Int!\".",
                "Interface field argument \"I.a(y:)\" expected but \"Query.a\" does not provide it.",
            ],
            invalid);
    }

    [Fact]
    public void Should_allow_only_optional_additional_arguments_when_implementing_an_interface_field()
    {
        var valid = Problems("interface I { a: Int } type Query implements I { a(y: Int, z: Int! = 1): Int }");
        var invalid = Problems("interface I { a: Int } interface J implements I { a(y: Int!): Int } type Query implements I { a(z: Int!): Int }");

        Assert.Empty(valid);
        Assert.Equal(
            [
                "Interface field \"J.a\" includes required argument \"y\" that is missing from the Interface field \"I.a\".",
                "Object field \"Query.a\" includes required argument \"z\" that is missing from the Interface field \"I.a\".",
            ],
            invalid);
    }

    [Fact]
    public void Should_require_unions_to_have_unique_object_members()
    {
        var valid = Problems("type Query { u: U } type A { a: Int } union U = Query | A");
        var invalid = Problems("type Query { u: U v: V w: W } interface I { b: Int } union U = Query | I union V union W = Query | Query");

        Assert.Empty(valid);
        Assert.Equal(
            [
                "Union type \"U\" can only include Object types, it cannot include \"I\".",
                "Union type \"V\" must define one or more member types.",
                "Union type \"W\" can only include type \"Query\" once.",
            ],
            invalid);
    }

    [Fact]
    public void Should_require_enums_to_define_values_other_than_true_false_and_null()
    {
        var valid = Problems("type Query { e: E } enum E { TRUE_ONE nullable }");
        var invalid = Problems(SchemaBuilder.FromSdl("type Query { e: E f: F } enum F").AddEnumType("E", e => e.Value("true")));

        Assert.Empty(valid);
        Assert.Equal(["Enum type \"F\" must define one or more values.", "Enum type \"E\" cannot include value: true."], invalid);
    }
}
