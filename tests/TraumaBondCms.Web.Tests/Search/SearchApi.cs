using System.Net;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary>Calls <c>GET /api/search</c> over HTTP and reads the answer.</summary>
internal static class SearchApi
{
    /// <summary>Searches for <paramref name="query"/> with extra parameters (<c>&amp;type=Faq</c>); asserts 200 and returns the body.</summary>
    public static async Task<JsonElement> SearchAsync(HttpClient client, string query, string parameters = "") =>
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}{parameters}"));

    /// <summary>The item ids of the hits that matched (pinned crisis resources and offered topics left out), in order.</summary>
    public static string[] Ids(JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().Where(h => !h.TryGetProperty("pinned", out _)).Select(h => h.GetProperty("contentItemId").GetString()!).ToArray();

    /// <summary>The item ids of every hit, pinned ones included, in order.</summary>
    public static string[] AllIds(JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("contentItemId").GetString()!).ToArray();

    /// <summary>The ids of the hits that matched the query as typed: none when the hits are for a spelling suggestion.</summary>
    public static string[] Matches(JsonElement result) =>
        result.TryGetProperty("suggestion", out _) ? [] : Ids(result);

    /// <summary>The ids of the pinned crisis hits, in order.</summary>
    public static string[] Pinned(JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().Where(h => h.TryGetProperty("pinned", out var p) && p.GetString() == "crisis").Select(h => h.GetProperty("contentItemId").GetString()!).ToArray();

    /// <summary>A facet list as "value:count".</summary>
    public static string[] Facets(JsonElement result, string facet) =>
        result.GetProperty("facets").GetProperty(facet).EnumerateArray().Select(f => $"{f.GetProperty("value").GetString()}:{f.GetProperty("count").GetInt32()}").ToArray();
}
