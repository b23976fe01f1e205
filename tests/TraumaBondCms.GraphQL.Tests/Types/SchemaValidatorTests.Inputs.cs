using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Types;

public partial class SchemaValidatorTests
{
    [Fact]
    public void Should_require_input_objects_to_define_input_typed_fields()
    {
        var valid = Problems("type Query { a(i: In): Int } input In { x: [Int!] e: E n: In } enum E { X }");
        var invalid = Problems("type Query { a(i: In, j: Empty): Int } input In { q: Query } input Empty");

        Assert.Empty(valid);
        Assert.Equal(["The type of \"In.q\" must be Input Type but got: \"Query\".", "Input Object type \"Empty\" must define one or more fields."], invalid);
    }

    [Fact]
    public void Should_reject_deprecating_a_required_input_field()
    {
        var valid = Problems("type Query { a(i: In): Int } input In { x: Int! = 1 @deprecated y: Int @deprecated z: Int! }");
        var invalid = Problems("type Query { a(i: In): Int } input In { x: Int! @deprecated }");

        Assert.Empty(valid);
        Assert.Equal(["Required input field \"In.x\" cannot be deprecated."], invalid);
    }

    [Fact]
    public void Should_reject_input_objects_referencing_themselves_through_non_null_fields_only()
    {
        var valid = Problems("type Query { a(i: A): Int } input A { b: B! } input B { a: A list: [A!]! self: B }");
        var invalid = Problems("type Query { a(i: A): Int } input A { b: B! } input B { a: A! } input C { c: C! }");

        Assert.Empty(valid);
        Assert.Equal(
            [
                "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".",
                "Cannot reference Input Object \"C\" within itself through a series of non-null fields: \"c\".",
            ],
            invalid);
    }

    [Fact]
    public void Should_require_oneof_fields_to_be_nullable_without_defaults()
    {
        var valid = Problems("type Query { a(by: By): Int } input By @oneOf { id: ID slug: String }");
        var invalid = Problems("type Query { a(by: By): Int } input By @oneOf { id: ID! slug: String = \"x\" }");

        Assert.Empty(valid);
        Assert.Equal(["OneOf input field \"By.id\" must be nullable.", "OneOf input field \"By.slug\" cannot have a default value."], invalid);
    }

    [Fact]
    public void Should_require_default_values_to_be_valid_for_their_type()
    {
        var valid = Problems("type Query { a(x: Int = 1, i: In = {r: 2}, l: [Int] = 3): Int } input In { r: Int! }");
        var invalid = Problems(SchemaBuilder.FromSdl("type Query { a(x: Int = \"one\", i: In = {}): Int } input In { r: Int! }")
            .AddObjectType("Other", other => other.Field("b", "Int", b => b.Argument("y", "Int", y => y.DefaultValue("two")))));

        Assert.Empty(valid);
        Assert.Equal(
            [
                "Invalid default value for Query.a(x:): Int cannot represent non-integer value: \"one\".",
                "Invalid default value for Query.a(i:): Field \"In.r\" of required type \"Int!\" was not provided.",
                "Invalid default value for Other.b(y:): Int cannot represent non-integer value: \"two\".",
            ],
            invalid);
    }
}
