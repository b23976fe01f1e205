using TraumaBondCms.GraphQL.Types;
using static TraumaBondCms.GraphQL.Tests.Execution.ExecutionHarness;

namespace TraumaBondCms.GraphQL.Tests.Execution;

// §6.4.3 ResolveAbstractType: ResolveType, then IsTypeOf, then "__typename" in the value, then the CLR type name.
public sealed class AbstractTypeTests
{
    private const string Sdl = """
        type Query { search: [Result!]! node: Node }
        interface Node { id: ID! }
        union Result = Article | Faq
        type Article implements Node { id: ID! title: String }
        type Faq implements Node { id: ID! question: String }
        type Orphan implements Node { id: ID! }
        """;

    private const string SearchQuery = "{ search { __typename ... on Article { title } ... on Faq { question } } }";

    [Fact]
    public async Task Should_use_the_type_resolver_when_the_abstract_type_has_one()
    {
        var builder = Builder(new object[] { new Entry("Article", "Bonds"), new Entry("Faq", "Why?") });
        builder.GetUnionType("Result").ResolveType((value, _) => ((Entry)value).Kind);
        builder.Resolve("Article", "title", context => ((Entry)context.Source!).Text).Resolve("Faq", "question", context => ((Entry)context.Source!).Text);

        await AssertResponseAsync(builder.Build(), SearchQuery, """{"data":{"search":[{"__typename":"Article","title":"Bonds"},{"__typename":"Faq","question":"Why?"}]}}""");
    }

    [Fact]
    public async Task Should_ask_each_possible_type_when_only_is_type_of_is_given()
    {
        var builder = Builder(new object[] { new Entry("Faq", "Why?") });
        builder.GetObjectType("Article").IsTypeOf((value, _) => ((Entry)value).Kind == "Article");
        builder.GetObjectType("Faq").IsTypeOf((value, _) => ((Entry)value).Kind == "Faq");
        builder.Resolve("Faq", "question", context => ((Entry)context.Source!).Text);

        await AssertResponseAsync(builder.Build(), SearchQuery, """{"data":{"search":[{"__typename":"Faq","question":"Why?"}]}}""");
    }

    [Fact]
    public async Task Should_read_typename_entries_when_values_are_dictionaries()
    {
        var schema = Builder(new object[] { new Dictionary<string, object?> { ["__typename"] = "Faq", ["question"] = "How?" } }).Build();

        await AssertResponseAsync(schema, SearchQuery, """{"data":{"search":[{"__typename":"Faq","question":"How?"}]}}""");
    }

    [Fact]
    public async Task Should_match_the_clr_type_name_when_nothing_else_decides()
    {
        var schema = Builder(new object[] { new Article("Bonds") }).Build();

        await AssertResponseAsync(schema, SearchQuery, """{"data":{"search":[{"__typename":"Article","title":"Bonds"}]}}""");
    }

    [Fact]
    public async Task Should_report_a_field_error_when_the_runtime_type_cannot_be_determined()
    {
        var schema = Builder([]).Resolve("Query", "node", _ => new Entry("Faq", "?")).Build();

        var result = await ExecuteAsync(schema, "{ node { id } }");

        Assert.Null(result.Data!["node"]);
        Assert.StartsWith("Abstract type \"Node\" must resolve to an object type at run time for field \"Query.node\"", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Should_report_a_field_error_when_the_resolver_names_a_type_outside_the_union()
    {
        var builder = Builder(new object[] { new Entry("Orphan", "?") });
        builder.GetUnionType("Result").ResolveType((value, _) => ((Entry)value).Kind);

        var result = await ExecuteAsync(builder.Build(), SearchQuery);

        Assert.Null(result.Data);
        Assert.Equal(["search", 0], Assert.Single(result.Errors).Path!);
    }

    private static SchemaBuilder Builder(object[] results) => SchemaBuilder.FromSdl(Sdl).Resolve("Query", "search", _ => results);

    private sealed record Entry(string Kind, string Text);

    private sealed record Article(string Title);
}
