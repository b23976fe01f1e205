using System.Net;
using System.Text.Json;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>One GraphQL-over-HTTP response: the HTTP message and its JSON body, with assertions on data and error codes.</summary>
public sealed record GraphQLResponse(HttpResponseMessage Http, JsonElement Body)
{
    /// <summary>The <c>data</c> entry; fails when there is none.</summary>
    public JsonElement Data => Body.TryGetProperty("data", out var data) ? data : throw new Xunit.Sdk.XunitException("The response has no data: " + Body);

    /// <summary>The <c>errors</c> entries (empty when none).</summary>
    public IReadOnlyList<JsonElement> Errors => Body.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    /// <summary>The database commands the request ran (the <c>X-Sql-Commands</c> header).</summary>
    public int SqlCommands => int.Parse(Http.Headers.GetValues("X-Sql-Commands").Single(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Asserts status 200 and no errors; returns <see cref="Data"/>.</summary>
    public JsonElement Ok()
    {
        Assert.True(Http.StatusCode == HttpStatusCode.OK && Errors.Count == 0, $"Expected data without errors, got {(int)Http.StatusCode}: {Body}");
        return Data;
    }

    /// <summary>Asserts exactly one error with <paramref name="code"/> (and, when given, naming <paramref name="field"/> in <c>extensions.fields</c>); returns it.</summary>
    public JsonElement Error(string code, string? field = null)
    {
        Assert.True(Errors.Count == 1, $"Expected one error {code}, got: {Body}");
        var error = Errors[0];
        Assert.True(error.TryGetProperty("extensions", out var extensions) && extensions.GetProperty("code").GetString() == code, $"Expected {code}, got: {error}");
        if (field is not null)
        {
            var fields = extensions.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("field").GetString()).ToList();
            Assert.Contains(field, fields);
        }

        return error;
    }
}
