using System.Net.Http.Json;
using System.Text.Json;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>Sends GraphQL requests to <c>/api/graphql</c> the way front ends do.</summary>
public static class GraphQLClient
{
    /// <summary>POSTs a query with optional variables and extra headers (e.g. <c>X-Preview-Token</c>).</summary>
    public static async Task<GraphQLResponse> GraphQLAsync(this HttpClient client, string query, object? variables = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql") { Content = JsonContent.Create(new { query, variables }) };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return await SendAsync(client, request);
    }

    /// <summary>Sends a prepared request to the endpoint and reads its JSON body (default for an empty body).</summary>
    public static async Task<GraphQLResponse> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>The preview token header.</summary>
    public static IReadOnlyDictionary<string, string> Preview(string token) => new Dictionary<string, string> { ["X-Preview-Token"] = token };

    /// <summary>The string values of <paramref name="property"/> in each element of an array.</summary>
    public static List<string> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToList();
}
