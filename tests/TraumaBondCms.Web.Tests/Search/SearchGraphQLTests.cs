using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary>The GraphQL <c>search</c> field: the public index, items through the ContentItem interface, facets, the crisis flag, and privacy over GET.</summary>
public sealed class SearchGraphQLTests : IClassFixture<SharedCmsHost>
{
    private const string Query = """
        query ($q: String!, $first: Int, $after: String, $types: [String!]) {
          search(query: $q, first: $first, after: $after, types: $types) {
            crisis total nextCursor
            hits { displayText contentType pinned partial score snippets { field html } item { id contentType ... on Article { slug } } }
            facets { contentTypes { value count } topics { value count } }
          }
        }
        """;

    private readonly CmsTestHost _host;

    public SearchGraphQLTests(SharedCmsHost shared) => _host = shared.Host;

    [Fact]
    public async Task Should_find_the_article_a_reader_means_when_they_search_for_no_contact()
    {
        var result = await SearchAsync(new { q = "no contact" });

        var top = result.GetProperty("hits").EnumerateArray().Take(3).Select(h => h.GetProperty("item").GetProperty("id").GetString()).ToList();
        Assert.Contains("article-breaking-the-bond", top);
        Assert.False(result.GetProperty("crisis").GetBoolean());
        Assert.Contains(result.GetProperty("hits")[0].GetProperty("snippets").EnumerateArray(), s => s.GetProperty("html").GetString()!.Contains("<mark>", StringComparison.Ordinal));
        Assert.Contains(result.GetProperty("facets").GetProperty("contentTypes").EnumerateArray(), f => f.GetProperty("value").GetString() == "Article");
    }

    [Fact]
    public async Task Should_put_crisis_resources_first_when_the_query_matches_a_risk_phrase()
    {
        var result = await SearchAsync(new { q = "he hits me" });

        Assert.True(result.GetProperty("crisis").GetBoolean());
        var first = result.GetProperty("hits")[0];
        Assert.True(first.GetProperty("pinned").GetBoolean());
        Assert.Equal("Resource", first.GetProperty("item").GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task Should_pin_the_regions_crisis_resources_and_suggest_spellings_when_asked_through_graphql()
    {
        const string Regional = """
            query ($q: String!, $region: String) {
              search(query: $q, region: $region) { crisis region suggestion fallback hits { pinned suggested item { id } } }
            }
            """;
        using var reader = _host.Anonymous();

        var crisis = await QueryAsync(reader, Regional, new { q = "she hurts me", region = "GB" });
        var misspelled = await QueryAsync(reader, Regional, new { q = "gaslightng" });
        var nothing = await QueryAsync(reader, Regional, new { q = "zxqvbn plorf" });

        Assert.True(crisis.GetProperty("crisis").GetBoolean());
        Assert.Equal("GB", crisis.GetProperty("region").GetString());
        Assert.Equal("resource-gb-national-domestic-abuse-helpline", crisis.GetProperty("hits")[0].GetProperty("item").GetProperty("id").GetString());
        Assert.True(crisis.GetProperty("hits")[0].GetProperty("pinned").GetBoolean());
        Assert.Equal("gaslighting", misspelled.GetProperty("suggestion").GetString());
        Assert.True(nothing.GetProperty("fallback").GetBoolean());
        Assert.Contains(nothing.GetProperty("hits").EnumerateArray(), h => h.GetProperty("suggested").GetBoolean());
    }

    [Fact]
    public async Task Should_page_with_the_cursor_without_repeating_a_hit()
    {
        var first = await SearchAsync(new { q = "trauma", first = 3 });
        var second = await SearchAsync(new { q = "trauma", first = 3, after = first.GetProperty("nextCursor").GetString() });

        var ids = first.GetProperty("hits").EnumerateArray().Concat(second.GetProperty("hits").EnumerateArray()).Select(h => h.GetProperty("item").GetProperty("id").GetString()).ToList();
        Assert.Equal(6, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("first", 0)]
    [InlineData("after", "not-a-cursor")]
    [InlineData("types", "Podcast")]
    public async Task Should_answer_a_validation_error_naming_the_argument_when_it_is_bad(string argument, object value)
    {
        using var reader = _host.Anonymous();
        var variables = new Dictionary<string, object?> { ["q"] = "leaving", [argument] = argument == "types" ? new[] { value } : value };

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.PostAsJsonAsync("/api/graphql", new { query = Query, variables }));

        var error = body.GetProperty("errors")[0];
        Assert.Equal("VALIDATION_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(error.GetProperty("extensions").GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == argument.TrimEnd('s') || f.GetProperty("field").GetString() == argument);
    }

    private async Task<JsonElement> SearchAsync(object variables)
    {
        using var reader = _host.Anonymous();
        return await QueryAsync(reader, Query, variables);
    }

    private static async Task<JsonElement> QueryAsync(HttpClient reader, string query, object variables)
    {
        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.PostAsJsonAsync("/api/graphql", new { query, variables }));
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data").GetProperty("search");
    }
}

/// <summary>A GraphQL search sent by GET carries the reader's words in the URL; they must still never reach a log.</summary>
public sealed class SearchGraphQLPrivacyTests
{
    [Fact]
    public async Task Should_keep_the_search_text_of_a_graphql_get_out_of_every_log()
    {
        var logs = new CapturingLoggerProvider();
        // Request logging is at Warning in the shipped settings; turned back down to Trace here, as an operator might.
        using var host = new CmsTestHost(
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace" },
            configure: b => b.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        using var reader = host.Anonymous();
        var query = Uri.EscapeDataString("{ search(query: \"wombatcanary he hits me\") { crisis hits { displayText } } }");

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/graphql?query={query}"));

        Assert.True(body.GetProperty("data").GetProperty("search").GetProperty("crisis").GetBoolean());
        Assert.Contains(logs.Entries, e => e.Contains("Request starting", StringComparison.Ordinal) && e.Contains("/api/graphql", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Contains("wombatcanary", StringComparison.OrdinalIgnoreCase));
    }
}
