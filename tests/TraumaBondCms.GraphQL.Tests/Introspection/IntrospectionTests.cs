using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Introspection;
using TraumaBondCms.GraphQL.Tests.Types;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Scalars;
using static TraumaBondCms.GraphQL.Tests.Execution.ExecutionHarness;

namespace TraumaBondCms.GraphQL.Tests.Introspection;

// §4 Introspection, run through the executor.
public sealed class IntrospectionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl(ContentSchemaFixture.Sdl).AddScalarType(new DateTimeType()).Build();

    [Fact]
    public async Task Should_match_the_golden_file_when_running_the_standard_introspection_query()
    {
        var golden = Path.Combine(Path.GetDirectoryName(SourceFile())!, "Golden", "content-schema.introspection.json");

        var result = await ExecuteAsync(Schema, IntrospectionQuery.Text);

        Assert.Empty(result.Errors);
        var actual = JsonNode.Parse(result.ToJson())!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(golden, actual);
        }

        Assert.Equal(await File.ReadAllTextAsync(golden), actual);
    }

    [Fact]
    public async Task Should_return_null_when_the_type_name_is_unknown()
    {
        await AssertResponseAsync(Schema, """{ __type(name: "Nope") { name } }""", """{"data":{"__type":null}}""");
    }

    [Fact]
    public async Task Should_hide_deprecated_members_unless_include_deprecated_is_true()
    {
        const string query = """
            {
              article: __type(name: "Article") { fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              format: __type(name: "Format") { enumValues { name } all: enumValues(includeDeprecated: true) { name } }
              filter: __type(name: "ArticleFilter") { inputFields { name } all: inputFields(includeDeprecated: true) { name } }
            }
            """;

        var result = await ExecuteAsync(Schema, query);

        var data = JsonNode.Parse(result.ToJson())!["data"]!;
        Assert.DoesNotContain("headline", Names(data["article"]!["fields"]!));
        Assert.Contains("headline", Names(data["article"]!["all"]!));
        Assert.Equal("Use `title`.", data["article"]!["all"]!.AsArray().Single(field => (string?)field!["name"] == "headline")!["deprecationReason"]!.GetValue<string>());
        Assert.Equal(["HTML", "MARKDOWN"], Names(data["format"]!["enumValues"]!));
        Assert.Equal(["HTML", "MARKDOWN", "PLAIN"], Names(data["format"]!["all"]!));
        Assert.Equal(["status", "tags", "weight"], Names(data["filter"]!["inputFields"]!));
        Assert.Equal(["status", "tags", "weight", "legacyTopic"], Names(data["filter"]!["all"]!));
    }

    [Fact]
    public async Task Should_print_default_values_as_graphql_literals()
    {
        const string query = """{ __type(name: "Article") { fields { name args { name defaultValue } } } }""";

        var result = await ExecuteAsync(Schema, query);

        var related = JsonNode.Parse(result.ToJson())!["data"]!["__type"]!["fields"]!.AsArray().Single(field => (string?)field!["name"] == "related")!;
        Assert.Equal("""[{"name":"first","defaultValue":"5"},{"name":"filter","defaultValue":"{status: PUBLISHED}"}]""", related["args"]!.ToJsonString());
    }

    [Fact]
    public async Task Should_describe_wrapped_types_through_of_type()
    {
        const string query = """{ __type(name: "Query") { fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }""";

        var result = await ExecuteAsync(Schema, query);

        var search = JsonNode.Parse(result.ToJson())!["data"]!["__type"]!["fields"]!.AsArray().Single(field => (string?)field!["name"] == "search")!;
        Assert.Equal(
            """{"kind":"NON_NULL","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null,"ofType":{"kind":"UNION","name":"SearchResult"}}}}""",
            search["type"]!.ToJsonString());
    }

    [Fact]
    public async Task Should_describe_directives_with_locations_repeatability_and_arguments()
    {
        const string query = """{ __schema { directives { name isRepeatable locations args { name defaultValue } } } }""";

        var result = await ExecuteAsync(Schema, query);

        var directives = JsonNode.Parse(result.ToJson())!["data"]!["__schema"]!["directives"]!.AsArray();
        Assert.Equal(["skip", "include", "deprecated", "specifiedBy", "oneOf", "auth"], Names(directives));
        Assert.Equal(
            """{"name":"auth","isRepeatable":true,"locations":["FIELD_DEFINITION","OBJECT"],"args":[{"name":"role","defaultValue":"\u0022editor\u0022"}]}""",
            directives.Last()!.ToJsonString());
    }

    [Fact]
    public async Task Should_refuse_schema_and_type_but_answer_typename_when_introspection_is_disabled()
    {
        var options = Unlimited with { EnableIntrospection = false };

        var schemaQuery = await ExecuteAsync(Schema, "{ ...F } fragment F on Query { __schema { queryType { name } } }", options: options);
        var typeQuery = await ExecuteAsync(Schema, """{ __type(name: "Query") { name } }""", options: options);
        var typename = await ExecuteAsync(Schema, "{ __typename }", options: options);

        Assert.Equal([ExecutionErrorCodes.IntrospectionDisabled], Codes(schemaQuery));
        Assert.True(typeQuery.IsRequestError);
        Assert.Equal([ExecutionErrorCodes.IntrospectionDisabled], Codes(typeQuery));
        AssertJson("""{"data":{"__typename":"Query"}}""", typename.ToJson());
    }

    private static List<string> Names(JsonNode list) => list.AsArray().Select(item => (string)item!["name"]!).ToList();

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
