using System.Collections.Concurrent;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Types;
using static TraumaBondCms.GraphQL.Tests.Execution.ExecutionHarness;

namespace TraumaBondCms.GraphQL.Tests.Execution;

// Batching loaders: keys queued across siblings and cousins in one wave are loaded with one call (no N+1).
public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query { articles: [Article!]! }
        type Article { id: ID! author: Author }
        type Author { id: ID! name: String publisher: Publisher }
        type Publisher { name: String }
        """;

    private const string Query = "{ articles { id author { name publisher { name } } } }";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_call_each_batch_function_once_per_depth_level_when_50_items_load_relations(bool batchesAreAsync)
    {
        var calls = new ConcurrentQueue<(string Loader, int Keys)>();
        var schema = Library(calls, batchesAreAsync);

        var result = await ExecuteAsync(schema, Query);

        Assert.Empty(result.Errors);
        Assert.Equal(50, ((object?[])result.Data!["articles"]!).Length);
        Assert.Equal([("authors", 10), ("publishers", 3)], calls);
    }

    [Fact]
    public async Task Should_resolve_each_item_to_its_own_value_when_loaded_in_a_batch()
    {
        var schema = Library(new ConcurrentQueue<(string, int)>(), batchesAreAsync: true);

        var result = await ExecuteAsync(schema, "{ articles { id author { name publisher { name } } } }");

        var articles = (object?[])result.Data!["articles"]!;
        var seventh = (ResultMap)articles[7]!;
        var author = (ResultMap)seventh["author"]!;
        Assert.Equal(("7", "Author 7", "Publisher 1"), ((string)seventh["id"]!, (string)author["name"]!, (string)((ResultMap)author["publisher"]!)["name"]!));
    }

    [Fact]
    public async Task Should_fail_every_field_of_the_batch_when_the_batch_function_throws()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "articles", _ => Enumerable.Range(0, 3).Select(id => new { Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray())
            .Resolve("Article", "author", async context => await context
                .Loader<string, object>("authors", (_, _) => throw new GraphQLException("Authors are offline.", "UNAVAILABLE"))
                .LoadAsync("x"))
            .Build();

        var result = await ExecuteAsync(schema, "{ articles { author { name } } }");

        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, error => Assert.Equal("UNAVAILABLE", error.Code));
    }

    [Fact]
    public async Task Should_refuse_a_loader_name_reused_with_other_types()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: String b: String }")
            .Resolve("Query", "a", context => context.Loader<int, string>("shared", Empty<int, string>).GetHashCode())
            .Resolve("Query", "b", context => context.Loader<string, string>("shared", Empty<string, string>).GetHashCode())
            .Build();

        var result = await ExecuteAsync(schema, "{ a b }");

        Assert.Equal(["b"], Assert.Single(result.Errors).Path!);
    }

    // 50 articles written by 10 authors, published by 3 publishers; authors and publishers come from loaders.
    private static Schema Library(ConcurrentQueue<(string Loader, int Keys)> calls, bool batchesAreAsync) => SchemaBuilder.FromSdl(Sdl)
        .Resolve("Query", "articles", _ => Enumerable.Range(0, 50).Select(id => new Article(id.ToString(System.Globalization.CultureInfo.InvariantCulture), id % 10)).ToArray())
        .Resolve("Article", "author", async context => await context
            .Loader<int, Author>("authors", Batch(calls, "authors", batchesAreAsync, id => new Author(id, $"Author {id}", id % 3)))
            .LoadAsync(((Article)context.Source!).AuthorId))
        .Resolve("Author", "publisher", async context => await context
            .Loader<int, Publisher>("publishers", Batch(calls, "publishers", batchesAreAsync, id => new Publisher($"Publisher {id}")))
            .LoadAsync(((Author)context.Source!).PublisherId))
        .Build();

    private static BatchLoader<int, T> Batch<T>(ConcurrentQueue<(string, int)> calls, string name, bool isAsync, Func<int, T> create) => async (keys, cancellationToken) =>
    {
        calls.Enqueue((name, keys.Count));
        if (isAsync)
        {
            await Task.Delay(5, cancellationToken);
        }

        return keys.ToDictionary(key => key, create);
    };

    private static Task<IReadOnlyDictionary<TKey, TValue>> Empty<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        where TKey : notnull => Task.FromResult<IReadOnlyDictionary<TKey, TValue>>(new Dictionary<TKey, TValue>());

    private sealed record Article(string Id, int AuthorId);

    private sealed record Author(int Id, string Name, int PublisherId);

    private sealed record Publisher(string Name);
}
