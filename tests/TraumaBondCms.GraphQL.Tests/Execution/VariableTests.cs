using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Types;
using static TraumaBondCms.GraphQL.Tests.Execution.ExecutionHarness;

namespace TraumaBondCms.GraphQL.Tests.Execution;

// §6.1.2 Coercing Variable Values and their use in §6.4.1 argument coercion.
public sealed class VariableTests
{
    private const string Sdl = """
        type Query {
          echo(value: Int = 42): String
          list(values: [Int!]): String
          filter(by: Filter!): String
          status(is: Status!): String
        }

        input Filter {
          tags: [String!]!
          limit: Int = 10
        }

        enum Status { DRAFT PUBLISHED }
        """;

    private static readonly Schema Schema = SchemaBuilder.FromSdl(Sdl)
        .Resolve("Query", "echo", Describe("value"))
        .Resolve("Query", "list", Describe("values"))
        .Resolve("Query", "filter", Describe("by"))
        .Resolve("Query", "status", Describe("is"))
        .Build();

    [Theory]
    [InlineData("query ($v: Int = 7) { echo(value: $v) }", null, "7")]
    [InlineData("query ($v: Int) { echo(value: $v) }", null, "42")]
    [InlineData("query ($v: Int) { echo(value: $v) }", """{"v": null}""", "null")]
    [InlineData("query ($v: Int) { echo(value: $v) }", """{"v": 5}""", "5")]
    [InlineData("query ($v: [Int!]) { list(values: $v) }", """{"v": 3}""", "[3]")]
    [InlineData("query ($v: [Int!]) { list(values: $v) }", null, "absent")]
    public async Task Should_pass_the_coerced_value_when_a_variable_is_given_defaulted_or_omitted(string query, string? variables, string expected)
    {
        var result = await ExecuteAsync(Schema, query, variables);

        var field = query.Contains("list(", StringComparison.Ordinal) ? "list" : "echo";
        Assert.Equal(expected, result.Data![field]);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task Should_fill_input_object_defaults_when_a_variable_omits_fields()
    {
        await AssertResponseAsync(Schema, "query ($f: Filter!) { filter(by: $f) }", """{"data":{"filter":"{tags: [a, b], limit: 10}"}}""", """{"f": {"tags": ["a", "b"]}}""");
    }

    [Fact]
    public async Task Should_pass_the_enum_internal_value_when_a_variable_names_an_enum_value()
    {
        await AssertResponseAsync(Schema, "query ($s: Status!) { status(is: $s) }", """{"data":{"status":"PUBLISHED"}}""", """{"s": "PUBLISHED"}""");
    }

    [Theory]
    [InlineData("query ($f: Filter!) { filter(by: $f) }", null, "Variable \"$f\" of required type \"Filter!\" was not provided.")]
    [InlineData("query ($f: Filter!) { filter(by: $f) }", """{"f": null}""", "Variable \"$f\" of non-null type \"Filter!\" must not be null.")]
    [InlineData("query ($f: Filter!) { filter(by: $f) }", """{"f": {"tags": ["a", 2]}}""", "Variable \"$f\" got an invalid value at \"f.tags[1]\": String cannot represent a non string value: 2.")]
    [InlineData("query ($v: Int) { echo(value: $v) }", """{"v": "seven"}""", "Variable \"$v\" got an invalid value: Int cannot represent non-integer value: \"seven\".")]
    [InlineData("query ($v: Unknown) { echo }", null, "Variable \"$v\" has type \"Unknown\", which is not an input type of this schema.")]
    public async Task Should_report_a_located_request_error_when_a_variable_cannot_be_coerced(string query, string? variables, string message)
    {
        var result = await ExecuteAsync(Schema, query, variables);

        Assert.True(result.IsRequestError);
        var error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(ExecutionErrorCodes.InvalidVariables, error.Code);
        Assert.Equal(new SourceLocation(1, 8), Assert.Single(error.Locations));
    }

    [Fact]
    public async Task Should_report_every_bad_variable_when_several_are_wrong()
    {
        var result = await ExecuteAsync(Schema, "query ($a: Int!, $b: Status!) { echo(value: $a) status(is: $b) }", """{"b": "ARCHIVED"}""");

        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public async Task Should_report_a_field_error_when_a_required_argument_gets_an_omitted_variable()
    {
        var result = await ExecuteAsync(Schema, "query ($s: Status) { status(is: $s) }");

        Assert.Equal("""{"status":null}""", System.Text.Json.JsonSerializer.Serialize(result.Data));
        Assert.Equal("Argument \"is\" of required type \"Status!\" was given the variable \"$s\", which has no value.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Should_report_an_undeclared_variable_with_the_default_validator()
    {
        var result = await ExecuteAsync(Schema, "query ($v: Int) { echo(value: $w) }", """{"v": 1, "w": 2}""", options: Defaults);

        // §5.8.3 All Variable Uses Defined ($w) and §5.8.4 All Variables Used ($v).
        Assert.Null(result.Data);
        Assert.Equal(["AllVariableUsesDefined", "AllVariablesUsed"], result.Errors.Select(e => (string)e.Extensions!["rule"]!).Order(StringComparer.Ordinal));
    }

    // Renders the argument as a GraphQL literal (quotes dropped), so tests see defaults and coercion; "absent" when not given.
    private static Func<IResolveFieldContext, object?> Describe(string argument) => context =>
        context.Arguments.TryGetValue(argument, out var value)
            ? Printer.Print(ValueCoercion.AstFromValue(value, context.FieldDefinition.GetArgument(argument)!.Type)).Replace("\"", string.Empty, StringComparison.Ordinal)
            : "absent";
}
