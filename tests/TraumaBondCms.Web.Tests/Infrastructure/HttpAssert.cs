using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>Assertions on HTTP responses: status codes with the body in the failure message, and ProblemDetails contents.</summary>
public static class HttpAssert
{
    /// <summary>Asserts the status code and returns the JSON body (or default for an empty body).</summary>
    public static async Task<JsonElement> StatusAsync(HttpStatusCode expected, HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} {expected} but got {(int)response.StatusCode} {response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a ProblemDetails response with the status, and that its errors (or detail) mention <paramref name="field"/>.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpStatusCode expected, HttpResponseMessage response, string? field = null)
    {
        var problem = await StatusAsync(expected, response);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString());
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        if (field is not null)
        {
            var named = problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _);
            var mentioned = problem.TryGetProperty("detail", out var detail) && detail.GetString()!.Contains(field, StringComparison.Ordinal);
            Assert.True(named || mentioned, $"The problem does not name '{field}': {problem}");
        }

        return problem;
    }

    /// <summary>Reads a JSON body.</summary>
    public static Task<JsonElement> JsonAsync(HttpResponseMessage response) => response.Content.ReadFromJsonAsync<JsonElement>();
}
