using System.Text.Json;
using TraumaBondCms.Tests.TestData;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// Apollo Client (npm <c>@apollo/client</c>) against the live endpoint, with its automatic-persisted-query link sending
/// hashed GETs: the first run registers the query after a miss, the second is served from the hash alone, and both
/// give the data a plain POST gives.
/// </summary>
[Collection(SeededGraphQLCollection.Name)]
public sealed class ApolloClientTests(SeededGraphQLHost seeded)
{
    private const string Query = "query ApolloArticles($first: Int!) { articles(first: $first, orderBy: [{ field: TITLE }]) { totalCount nodes { id title slug keyTakeaways } } }";

    [Fact]
    public async Task Should_register_after_a_miss_and_then_read_by_hash_alone_when_apollo_uses_persisted_queries()
    {
        var endpoint = new Uri(seeded.Host.BaseAddress, "/api/graphql").ToString();
        using var reader = seeded.Host.Anonymous();
        var direct = await reader.GraphQLAsync(Query, new { first = 3 });

        var printed = await NodeScript.RunAsync("apollo-check.mjs", endpoint, Query, JsonSerializer.Serialize(new { first = 3 }));

        var result = JsonDocument.Parse(printed).RootElement;
        var exchanges = result.GetProperty("exchanges").EnumerateArray().Select(e => (Method: e.GetProperty("method").GetString(), FullQuery: e.GetProperty("fullQuery").GetBoolean(), Status: e.GetProperty("status").GetInt32())).ToList();
        // The miss is a request error, so with Apollo's application/graphql-response+json Accept it is a 400
        // (GraphQL over HTTP); Apollo recognises PERSISTED_QUERY_NOT_FOUND and sends the query once.
        Assert.Equal([("GET", false, 400), ("POST", true, 200), ("GET", false, 200)], exchanges);
        foreach (var run in new[] { "first", "second" })
        {
            var data = result.GetProperty(run);
            Assert.Equal(JsonValueKind.Null, data.GetProperty("error").ValueKind);
            var apolloTitles = data.GetProperty("data").GetProperty("articles").GetProperty("nodes").Strings("title");
            Assert.Equal(direct.Ok().GetProperty("articles").GetProperty("nodes").Strings("title"), apolloTitles);
            Assert.Equal(3, apolloTitles.Count);
        }
    }
}
