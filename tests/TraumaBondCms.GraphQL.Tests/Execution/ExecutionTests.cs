using System.Text.Json;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Scalars;
using static TraumaBondCms.GraphQL.Tests.Execution.ExecutionHarness;

namespace TraumaBondCms.GraphQL.Tests.Execution;

public sealed class ExecutionTests
{
    private const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          article(id: ID!): Article
          articles: [Article!]!
          count(n: Int!): Int
          status: Status
          published: DateTime
        }

        type Article {
          id: ID!
          title: String
          words: Int
        }

        enum Status { DRAFT PUBLISHED }

        scalar DateTime
        """;

    private static readonly Schema Schema = SchemaBuilder.FromSdl(Sdl)
        .AddScalarType(new DateTimeType())
        .Resolve("Query", "hello", context => $"hello {context.Arguments["name"]}")
        .Resolve("Query", "article", context => new Article((string)context.Arguments["id"]!, "Trauma bonds explained", 1200))
        .Resolve("Query", "articles", _ => new object[]
        {
            new Article("1", "From CLR properties", 10),
            new Dictionary<string, object?> { ["id"] = "2", ["title"] = "From a dictionary", ["words"] = 20 },
            JsonDocument.Parse("""{"id": 3, "title": "From JSON", "words": 30}""").RootElement,
        })
        .Resolve("Query", "count", context => context.Arguments["n"])
        .Resolve("Query", "status", _ => "PUBLISHED")
        .Resolve("Query", "published", _ => new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.Zero))
        .Build();

    [Fact]
    public async Task Should_keep_selection_order_when_fields_are_aliased_and_spread_from_fragments()
    {
        const string query = """
            { b: hello(name: "b") ...F a: hello(name: "a") ... on Query { hello } }
            fragment F on Query { c: hello(name: "c") }
            """;

        await AssertResponseAsync(Schema, query, """{"data":{"b":"hello b","c":"hello c","a":"hello a","hello":"hello world"}}""");
    }

    [Fact]
    public async Task Should_read_properties_dictionaries_and_json_when_fields_have_no_resolver()
    {
        await AssertResponseAsync(
            Schema,
            "{ articles { id title words } }",
            """{"data":{"articles":[{"id":"1","title":"From CLR properties","words":10},{"id":"2","title":"From a dictionary","words":20},{"id":"3","title":"From JSON","words":30}]}}""");
    }

    [Fact]
    public async Task Should_apply_skip_and_include_when_conditions_are_literals_and_variables()
    {
        const string query = """
            query ($yes: Boolean!, $no: Boolean!) {
              a: hello @skip(if: true)
              b: hello @include(if: false)
              c: hello @skip(if: $no) @include(if: $yes)
              ... @include(if: $no) { d: hello }
              ...F @skip(if: $yes)
              e: hello @include(if: $yes)
            }
            fragment F on Query { f: hello }
            """;

        await AssertResponseAsync(Schema, query, """{"data":{"c":"hello world","e":"hello world"}}""", """{"yes": true, "no": false}""");
    }

    [Fact]
    public async Task Should_run_the_named_operation_when_the_document_has_several()
    {
        var result = await ExecuteAsync(Schema, "query A { a: hello } query B { b: hello }", operationName: "B");

        AssertJson("""{"data":{"b":"hello world"}}""", result.ToJson());
    }

    [Theory]
    [InlineData("query A { hello } query B { hello }", null)]
    [InlineData("query A { hello }", "C")]
    [InlineData("fragment F on Query { hello }", null)]
    public async Task Should_report_a_request_error_when_no_operation_can_be_chosen(string query, string? operationName)
    {
        var result = await ExecuteAsync(Schema, query, operationName: operationName);

        Assert.True(result.IsRequestError);
        Assert.Equal([ExecutionErrorCodes.OperationNotFound], Codes(result));
    }

    [Fact]
    public async Task Should_serialize_enums_and_custom_scalars_when_completing_leaves()
    {
        await AssertResponseAsync(Schema, "{ status published }", """{"data":{"status":"PUBLISHED","published":"2024-05-01T09:30:00Z"}}""");
    }

    [Fact]
    public async Task Should_report_a_located_field_error_when_an_argument_literal_is_invalid()
    {
        var result = await ExecuteAsync(Schema, "{ count(n: \"ten\") hello }");

        AssertJson("""{"data":{"count":null,"hello":"hello world"}}""", JsonSerializer.Serialize(new { data = result.Data }));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Argument \"n\" has an invalid value: Int cannot represent non-integer value", error.Message);
        Assert.Equal([new SourceLocation(1, 12)], error.Locations);
        Assert.Equal(["count"], error.Path!);
    }

    [Fact]
    public async Task Should_answer_typename_on_the_root_and_on_objects()
    {
        await AssertResponseAsync(Schema, "{ __typename article(id: 7) { __typename id } }", """{"data":{"__typename":"Query","article":{"__typename":"Article","id":"7"}}}""");
    }

    [Fact]
    public async Task Should_reject_an_undefined_field_before_execution_with_the_default_validator()
    {
        var result = await ExecuteAsync(Schema, "{ hello nonsense }", options: Defaults);

        // §5.3.1 Field Selections: a request error, so there is no data at all (§7.1.2).
        Assert.Null(result.Data);
        Assert.Equal("FieldSelections", Assert.Single(result.Errors).Extensions!["rule"]);
    }

    [Fact]
    public async Task Should_skip_undefined_fields_when_validation_is_switched_off()
    {
        await AssertResponseAsync(Schema, "{ hello nonsense }", """{"data":{"hello":"hello world"}}""");
    }

    private sealed record Article(string Id, string Title, int Words);
}
