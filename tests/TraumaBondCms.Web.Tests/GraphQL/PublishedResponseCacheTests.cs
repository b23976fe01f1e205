using Microsoft.Extensions.Options;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.Web.GraphQL;
using TraumaBondCms.Web.GraphQL.Http;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>The published snapshot's store: entries valid for one schema and generation, within its bounds.</summary>
public sealed class PublishedResponseCacheTests
{
    private static readonly Schema SchemaA = new SchemaBuilder().AddObjectType("Query", q => q.Field("a", "String")).Build();
    private static readonly Schema SchemaB = new SchemaBuilder().AddObjectType("Query", q => q.Field("b", "String")).Build();

    [Fact]
    public void Should_miss_when_the_generation_or_the_schema_differs()
    {
        var cache = Cache(entries: 10, bytes: 1000);

        cache.Add("k", Response(SchemaA, generation: 5, size: 10));

        Assert.NotNull(cache.Find("k", SchemaA, 5));
        Assert.Null(cache.Find("k", SchemaA, 6));
        Assert.Null(cache.Find("k", SchemaB, 5));
        Assert.Null(cache.Find("other", SchemaA, 5));
    }

    [Fact]
    public void Should_keep_the_newer_response_when_an_older_generation_arrives_later()
    {
        var cache = Cache(entries: 10, bytes: 1000);

        cache.Add("k", Response(SchemaA, generation: 7, size: 10));
        cache.Add("k", Response(SchemaA, generation: 6, size: 10));

        Assert.NotNull(cache.Find("k", SchemaA, 7));
        Assert.Null(cache.Find("k", SchemaA, 6));
    }

    [Fact]
    public void Should_drop_outdated_then_oldest_entries_when_it_exceeds_its_bounds()
    {
        var byCount = Cache(entries: 3, bytes: 1000);
        var byBytes = Cache(entries: 100, bytes: 250);

        byCount.Add("old", Response(SchemaA, 1, 10));
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            byCount.Add(key, Response(SchemaA, 2, 10));
        }

        foreach (var key in new[] { "a", "b", "c" })
        {
            byBytes.Add(key, Response(SchemaA, 1, 100));
        }

        Assert.Equal(3, byCount.Count);
        Assert.Null(byCount.Find("old", SchemaA, 1));
        Assert.Null(byCount.Find("a", SchemaA, 2));
        Assert.NotNull(byCount.Find("d", SchemaA, 2));
        Assert.Equal(2, byBytes.Count);
        Assert.Null(byBytes.Find("a", SchemaA, 1));
        Assert.NotNull(byBytes.Find("c", SchemaA, 1));
    }

    private static PublishedResponseCache Cache(int entries, long bytes) =>
        new(Options.Create(new ContentGraphQLOptions { ResponseCacheEntries = entries, ResponseCacheBytes = bytes }));

    private static CachedResponse Response(Schema schema, long generation, int size) =>
        new(new byte[size], "application/json", "\"etag\"", schema, generation);
}
