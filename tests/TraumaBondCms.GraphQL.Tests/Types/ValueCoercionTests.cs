using System.Numerics;
using System.Text.Json;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Tests.Types;

public class ValueCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
            type Query { a: Int }
            enum Status { DRAFT PUBLISHED }
            input Filter { status: Status! tags: [String!] = [] limit: Int = 10 window: Window }
            input Window { from: Int! to: Int }
            input By @oneOf { id: ID slug: String }
            """)
        .AddEnumType("State", state => state.Value("DRAFT", State.Draft).Value("PUBLISHED", State.Published))
        .Build();

    private static readonly InputObjectType Filter = Schema.GetType<InputObjectType>("Filter")!;
    private static readonly InputObjectType By = Schema.GetType<InputObjectType>("By")!;

    private enum State
    {
        Draft,
        Published,
    }

    [Fact]
    public void Should_apply_field_defaults_when_coercing_an_input_object_literal()
    {
        var value = ValueCoercion.CoerceLiteral(Literal("{status: PUBLISHED}"), Filter);

        var fields = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(["status", "tags", "limit"], fields.Keys);
        Assert.Equal(("PUBLISHED", 10), (fields["status"], fields["limit"]));
        Assert.Empty(Assert.IsType<List<object?>>(fields["tags"]));
    }

    [Fact]
    public void Should_return_enum_internal_value_when_coercing_enum_literal()
    {
        var value = ValueCoercion.CoerceLiteral(Literal("PUBLISHED"), Schema.GetType("State")!);

        Assert.Equal(State.Published, value);
    }

    [Fact]
    public void Should_wrap_single_value_in_a_list_when_type_is_a_list()
    {
        var single = ValueCoercion.CoerceLiteral(Literal("\"a\""), new ListType(new NonNullType(BuiltInScalars.String)));
        var nested = ValueCoercion.CoerceLiteral(Literal("[1, 2]"), new ListType(new ListType(BuiltInScalars.Int)));

        Assert.Equal(["a"], Assert.IsType<List<object?>>(single));
        Assert.Equal([[1], [2]], Assert.IsType<List<object?>>(nested).Cast<List<object?>>());
    }

    [Theory]
    [InlineData("{status: null}", "Expected value of type \"Status!\", found null.", 10)]
    [InlineData("{status: DRAFT, nope: 1}", "Field \"nope\" is not defined by type \"Filter\".", 23)]
    [InlineData("{limit: 1}", "Field \"Filter.status\" of required type \"Status!\" was not provided.", 1)]
    [InlineData("{status: DRAFT, window: {to: 1}}", "Field \"Window.from\" of required type \"Int!\" was not provided.", 25)]
    [InlineData("{status: DRAFT, tags: [\"a\", null]}", "Expected value of type \"String!\", found null.", 29)]
    [InlineData("[]", "Expected value of type \"Filter\", found [].", 1)]
    public void Should_throw_with_offending_node_when_literal_does_not_fit(string literal, string message, int column)
    {
        var error = Assert.Throws<ValueCoercionException>(() => ValueCoercion.CoerceLiteral(Literal(literal), Filter));

        Assert.Equal(message, error.Message);
        Assert.Equal(column, error.Node?.Location?.Column);
    }

    [Fact]
    public void Should_read_variables_and_treat_missing_ones_as_absent_when_coercing_literal()
    {
        var variables = new Dictionary<string, object?> { ["status"] = "DRAFT" };

        var filter = (Dictionary<string, object?>)ValueCoercion.CoerceLiteral(Literal("{status: $status, limit: $missing}"), Filter, variables)!;
        var list = ValueCoercion.CoerceLiteral(Literal("[1, $missing]"), new ListType(BuiltInScalars.Int), variables);
        var topLevel = ValueCoercion.CoerceLiteral(Literal("$missing"), BuiltInScalars.Int, variables);

        Assert.Equal(("DRAFT", 10), (filter["status"], filter["limit"]));
        Assert.Equal([1, null], Assert.IsType<List<object?>>(list));
        Assert.Null(topLevel);
        Assert.Throws<ValueCoercionException>(() => ValueCoercion.CoerceLiteral(Literal("$missing"), new NonNullType(BuiltInScalars.Int), variables));
    }

    [Fact]
    public void Should_report_every_problem_with_its_node_when_validating_literal()
    {
        var literal = Literal("{status: DRAFTY, limit: \"ten\", nope: 1}");

        var errors = ValueCoercion.ValidateLiteral(literal, Filter);

        Assert.Equal(
            [
                ("Field \"nope\" is not defined by type \"Filter\".", 38),
                ("Value \"DRAFTY\" does not exist in \"Status\" enum.", 10),
                ("Int cannot represent non-integer value: \"ten\".", 25),
            ],
            errors.Select(error => (error.Message, error.Node.Location!.Value.Column)));
    }

    [Fact]
    public void Should_accept_variables_anywhere_when_validating_literal()
    {
        var errors = ValueCoercion.ValidateLiteral(Literal("{status: $s, tags: [$t, \"x\"], window: $w}"), new NonNullType(Filter));

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("{id: \"1\", slug: \"x\"}", "OneOf Input Object \"By\" must specify exactly one key.")]
    [InlineData("{}", "OneOf Input Object \"By\" must specify exactly one key.")]
    [InlineData("{id: null}", "Field \"By.id\" must be non-null.")]
    public void Should_require_exactly_one_non_null_field_when_literal_is_for_a_oneof_input(string literal, string message)
    {
        var errors = ValueCoercion.ValidateLiteral(Literal(literal), By);

        Assert.Equal([message], errors.Select(error => error.Message));
        Assert.Empty(ValueCoercion.ValidateLiteral(Literal("{slug: \"x\"}"), By));
    }

    [Fact]
    public void Should_coerce_json_variables_with_defaults_and_single_item_lists_when_coercing_input_value()
    {
        var json = JsonDocument.Parse("""{"status":"PUBLISHED","tags":"solo","window":{"from":1}}""").RootElement;

        var value = (Dictionary<string, object?>)ValueCoercion.CoerceInputValue(json, Filter)!;

        Assert.Equal(("PUBLISHED", 10), (value["status"], value["limit"]));
        Assert.Equal(["solo"], Assert.IsType<List<object?>>(value["tags"]));
        Assert.Equal(1, Assert.IsType<Dictionary<string, object?>>(value["window"])["from"]);
    }

    [Fact]
    public void Should_keep_json_integers_as_int_and_long_when_a_scalar_passes_values_through()
    {
        var passThrough = new ScalarType("Json");
        var json = JsonDocument.Parse("""[1, 5000000000, 1.5, "s", {"k": [true, null]}]""").RootElement;

        var value = Assert.IsType<List<object?>>(passThrough.ParseValue(ValueCoercion.CoerceInputValue(json, passThrough)));

        Assert.Equal([1, 5000000000L, 1.5, "s"], value.Take(4));
        Assert.Equal([true, null], Assert.IsType<List<object?>>(Assert.IsType<Dictionary<string, object?>>(value[4])["k"]));
    }

    [Theory]
    [InlineData("""{"status":"PUBLISHED","window":{"from":"x"}}""", "Int cannot represent non-integer value: \"x\".", "window.from")]
    [InlineData("""{"status":"DRAFT","tags":["a",1]}""", "String cannot represent a non string value: 1.", "tags.1")]
    [InlineData("""{"status":"DRAFTY"}""", "Value \"DRAFTY\" does not exist in \"Status\" enum.", "status")]
    [InlineData("""{"status":null}""", "Expected non-nullable type \"Status!\" not to be null.", "status")]
    [InlineData("""{"limit":1}""", "Field \"status\" of required type \"Status!\" was not provided.", "")]
    [InlineData("""{"status":"DRAFT","nope":1}""", "Field \"nope\" is not defined by type \"Filter\".", "")]
    [InlineData("""[1]""", "Expected type \"Filter\" to be an object.", "")]
    public void Should_throw_with_path_when_external_value_does_not_fit(string json, string message, string path)
    {
        var value = JsonDocument.Parse(json).RootElement;

        var error = Assert.Throws<ValueCoercionException>(() => ValueCoercion.CoerceInputValue(value, Filter));

        Assert.Equal(message, error.Message);
        Assert.Equal(path, string.Join(".", error.Path));
    }

    [Fact]
    public void Should_accept_plain_dictionaries_and_enforce_oneof_when_coercing_input_value()
    {
        var one = ValueCoercion.CoerceInputValue(new Dictionary<string, object?> { ["id"] = 7 }, By);

        Assert.Equal("7", Assert.IsType<Dictionary<string, object?>>(one)["id"]);
        CoercionAssert.Fails(() => ValueCoercion.CoerceInputValue(new Dictionary<string, object?> { ["id"] = 1, ["slug"] = "x" }, By), "Exactly one key must be specified for OneOf type \"By\".");
        CoercionAssert.Fails(() => ValueCoercion.CoerceInputValue(new Dictionary<string, object?> { ["slug"] = null }, By), "Field \"slug\" must be non-null.");
    }

    [Theory]
    [InlineData("ID", "123", "123")]
    [InlineData("ID", "abc", "\"abc\"")]
    [InlineData("Float", 1.0, "1")]
    [InlineData("Float", 2.5, "2.5")]
    [InlineData("Float", 1e25, "1E+25")]
    [InlineData("Boolean", true, "true")]
    [InlineData("String", "line\nbreak", "\"line\\nbreak\"")]
    public void Should_print_scalar_values_as_literals_when_converting_to_ast(string typeName, object value, string expected)
    {
        var literal = ValueCoercion.AstFromValue(value, BuiltInScalars.Find(typeName)!);

        Assert.Equal(expected, Printer.Print(literal));
    }

    [Fact]
    public void Should_print_input_objects_enums_and_lists_when_converting_to_ast()
    {
        var filter = new Dictionary<string, object?> { ["limit"] = 3, ["status"] = "DRAFT", ["tags"] = new[] { "a", "b" } };

        var literal = ValueCoercion.AstFromValue(filter, Filter);
        var enumLiteral = ValueCoercion.AstFromValue(State.Published, Schema.GetType("State")!);

        Assert.Equal("{status: DRAFT, tags: [\"a\", \"b\"], limit: 3}", Printer.Print(literal));
        Assert.Equal("PUBLISHED", Printer.Print(enumLiteral));
        CoercionAssert.Fails(() => ValueCoercion.AstFromValue(null, new NonNullType(BuiltInScalars.Int)), "Cannot represent null for non-null type \"Int!\".");
    }

    [Fact]
    public void Should_convert_literal_to_plain_values_when_no_type_applies()
    {
        var value = ValueCoercion.LiteralToPlainValue(Literal("[1, 12345678901, 123456789012345678901234567890, 2.5, \"s\", true, null, ENUM, {k: $v}]"), new Dictionary<string, object?> { ["v"] = "bound" });

        var items = Assert.IsType<List<object?>>(value);
        Assert.Equal([1, 12345678901L, BigInteger.Parse("123456789012345678901234567890"), 2.5, "s", true, null, "ENUM"], items.Take(8));
        Assert.Equal("bound", Assert.IsType<Dictionary<string, object?>>(items[8])["k"]);
    }

    private static ValueNode Literal(string text) => Parser.ParseValue(text);
}
