using System.Diagnostics;
using System.Text;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// Lists cannot be used to make one anonymous request enormous: with 320 FAQs on one article and topic, the fan-out
/// queries are refused by their cost before anything runs, the largest allowed one fits under the response-size guard,
/// and a response that would outgrow the guard stops with a coded error.
/// </summary>
[Collection(ManyFaqsCollection.Name)]
public sealed class CostAndSizeLimitTests(ManyFaqsHost many)
{
    public static TheoryData<string> FanOuts() => new()
    {
        // Each relation level multiplies by its page: 100 x 100 x 100, or 20 x 20 x 20 x 20 by default, deeper still.
        "{ topic(slug: \"trauma-bonding\") { " + Nested(3, "(first: 100)") + " } }",
        "{ topic(slug: \"trauma-bonding\") { " + Nested(4, string.Empty) + " } }",
        "{ topic(slug: \"trauma-bonding\") { " + Nested(8, "(first: 100)") + " } }",
    };

    [Theory]
    [MemberData(nameof(FanOuts))]
    public async Task Should_refuse_a_fan_out_by_cost_before_execution_within_50_ms_when_relations_nest(string query)
    {
        using var reader = many.Host.Anonymous();
        await reader.GraphQLAsync("{ __typename }");

        var (response, elapsed) = await TimedAsync(reader, query);

        // A deep enough fan-out is also too deep; the cost is refused either way.
        Assert.Contains("MAX_COST_EXCEEDED", response.Errors.Select(e => e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.False(response.Body.TryGetProperty("data", out _));
        Assert.Equal(0, response.SqlCommands);
        Assert.True(elapsed < TimeSpan.FromMilliseconds(50), $"Refusing took {elapsed.TotalMilliseconds:0} ms.");
    }

    [Fact]
    public async Task Should_refuse_the_original_bypass_query_before_execution_when_relations_are_connections()
    {
        using var reader = many.Host.Anonymous();

        var response = await reader.GraphQLAsync("""{ topic(slug:"trauma-bonding"){ faqs { article { faqs { article { faqs { id } } } } } } }""");

        Assert.All(response.Errors, e => Assert.Equal("GRAPHQL_VALIDATION_FAILED", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.NotEmpty(response.Errors);
        Assert.Equal(0, response.SqlCommands);
    }

    [Fact]
    public async Task Should_answer_within_the_size_guard_when_the_largest_fan_out_the_cost_allows_runs()
    {
        using var reader = many.Host.Anonymous();
        // One alias costs 1 + 100 x (1 + 1 + 1 + 100 x 1) = 10,301: four fit in the 50,000 budget, five do not.
        var level = "faqs(first: 100) { totalCount nodes { id question slug position article { id title faqs(first: 100) { nodes { id question slug position } } } } }";
        string Query(int aliases) => "{ topic(slug: \"trauma-bonding\") { " + string.Concat(Enumerable.Range(0, aliases).Select(i => $"a{i}: {level} ")) + "} }";

        var largest = await reader.GraphQLAsync(Query(4));
        var tooMuch = await reader.GraphQLAsync(Query(5));

        var first = largest.Ok().GetProperty("topic").GetProperty("a0");
        Assert.InRange(first.GetProperty("totalCount").GetInt32(), ManyFaqsHost.Count, ManyFaqsHost.Count + 50);
        Assert.Equal(100, first.GetProperty("nodes").GetArrayLength());
        Assert.Equal(100, first.GetProperty("nodes")[0].GetProperty("article").GetProperty("faqs").GetProperty("nodes").GetArrayLength());
        Assert.InRange(Encoding.UTF8.GetByteCount(largest.Body.GetRawText()), 1_000_000, 10L * 1024 * 1024);
        Assert.Equal("MAX_COST_EXCEEDED", Assert.Single(tooMuch.Errors).GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Should_stop_with_a_coded_error_when_the_response_outgrows_the_size_guard()
    {
        using var reader = many.Host.Anonymous();
        // Cheap by cost (30 x 201) but every FAQ's 2 KB answer three times over, 30 times: about 18 MB.
        var aliases = string.Join(" ", Enumerable.Range(0, 30).Select(i => $"p{i}: faqs(first: 100) {{ nodes {{ answer {{ markdown html plainText }} }} }}"));

        var (response, elapsed) = await TimedAsync(reader, $"{{ topic(slug: \"trauma-bonding\") {{ {aliases} }} }}");

        Assert.Equal("RESPONSE_TOO_LARGE", Assert.Single(response.Errors).GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Body.GetProperty("data").ValueKind);
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"Stopping took {elapsed.TotalMilliseconds:0} ms.");
    }

    // faqs { nodes { article { faqs { ... } } } }, `levels` relations deep, the innermost selecting ids.
    private static string Nested(int levels, string page) =>
        levels == 1 ? $"faqs{page} {{ nodes {{ id }} }}" : $"faqs{page} {{ nodes {{ id article {{ {Nested(levels - 1, page)} }} }} }}";

    // The best of three: the bound is about the server's work, not about a shared machine's scheduling hiccups.
    private static async Task<(GraphQLResponse Response, TimeSpan Elapsed)> TimedAsync(HttpClient client, string query)
    {
        (GraphQLResponse Response, TimeSpan Elapsed)? best = null;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.GraphQLAsync(query);
            watch.Stop();
            if (best is null || watch.Elapsed < best.Value.Elapsed)
            {
                best = (response, watch.Elapsed);
            }
        }

        return best!.Value;
    }
}
