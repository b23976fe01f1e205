using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using TraumaBondCms.GraphQL.Execution;

namespace TraumaBondCms.GraphQL.Http;

/// <summary>
/// Reads GraphQL request parameters (https://graphql.github.io/graphql-over-http/draft/#sec-Request-Parameters)
/// from a GET query string or a POST <c>application/json</c> body. <c>query</c> and <c>operationName</c> must be
/// strings or null, <c>variables</c> and <c>extensions</c> objects or null (in GET, as URL-encoded JSON); a
/// request with neither a query nor a <c>persistedQuery</c> extension is malformed (400), and so is one with a string
/// that is not Unicode text (<see cref="JsonTextCheck"/>). Thread safe.
/// </summary>
internal static class HttpRequestReader
{
    public static HttpRequestReading ReadGet(HttpRequest request)
    {
        var owned = new List<IDisposable>();
        var query = request.Query;
        if (!TryParseJsonParameter(query["variables"], "variables", owned, out var variables, out var problem)
            || !TryParseJsonParameter(query["extensions"], "extensions", owned, out var extensions, out problem))
        {
            Dispose(owned);
            return HttpRequestReading.Failure(StatusCodes.Status400BadRequest, problem!);
        }

        return Complete(query["query"].FirstOrDefault(), query["operationName"].FirstOrDefault(), variables, extensions, owned);
    }

    public static async Task<HttpRequestReading> ReadPostAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return HttpRequestReading.Failure(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
        }

        var body = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, maxBytes) + 1);
        while (true)
        {
            var read = await request.Body.ReadAsync(body.GetMemory(4096), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            body.Advance(read);
            if (body.WrittenCount > maxBytes)
            {
                return HttpRequestReading.Failure(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
            }
        }

        if (body.WrittenCount == 0)
        {
            return HttpRequestReading.Failure(StatusCodes.Status400BadRequest, "The request body is empty; send a JSON object with a \"query\".");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.WrittenMemory);
        }
        catch (JsonException error)
        {
            return HttpRequestReading.Failure(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {error.Message}");
        }

        var owned = new List<IDisposable> { document };
        if (JsonTextCheck.TryFindUndecodable(body.WrittenSpan, out var where, out var why))
        {
            Dispose(owned);
            return HttpRequestReading.Failure(StatusCodes.Status400BadRequest, Undecodable(where, why));
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            Dispose(owned);
            return HttpRequestReading.Failure(StatusCodes.Status400BadRequest, "The request body must be a JSON object.");
        }

        if (!TryString(root, "query", out var query, out var problem)
            || !TryString(root, "operationName", out var operationName, out problem)
            || !TryObject(root, "variables", out var variables, out problem)
            || !TryObject(root, "extensions", out var extensions, out problem))
        {
            Dispose(owned);
            return HttpRequestReading.Failure(StatusCodes.Status400BadRequest, problem!);
        }

        return Complete(query, operationName, variables, extensions, owned);
    }

    private static HttpRequestReading Complete(string? query, string? operationName, IReadOnlyDictionary<string, object?>? variables, IReadOnlyDictionary<string, object?>? extensions, List<IDisposable> owned)
    {
        if (query is null && extensions?.ContainsKey("persistedQuery") != true)
        {
            Dispose(owned);
            return HttpRequestReading.Failure(StatusCodes.Status400BadRequest, "The request has no \"query\" parameter.");
        }

        return HttpRequestReading.Success(new GraphQLRequest(query, operationName, variables, extensions), owned);
    }

    private static bool TryParseJsonParameter(string? text, string name, List<IDisposable> owned, out IReadOnlyDictionary<string, object?>? value, out string? problem)
    {
        value = null;
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            problem = $"The \"{name}\" parameter is not valid JSON.";
            return false;
        }

        owned.Add(document);
        if (JsonTextCheck.TryFindUndecodable(Encoding.UTF8.GetBytes(text), out var where, out var why))
        {
            problem = Undecodable(where.Length == 0 ? name : $"{name}.{where}", why);
            return false;
        }

        return Entries(document.RootElement, name, out value, out problem);
    }

    private static string Undecodable(string where, string why) => where.Length == 0 ? why : $"{where}: {why}";

    private static bool TryString(JsonElement root, string name, out string? value, out string? problem)
    {
        value = null;
        problem = null;
        if (!root.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (property.ValueKind != JsonValueKind.String)
        {
            problem = $"The \"{name}\" parameter must be a string.";
            return false;
        }

        value = property.GetString();
        return true;
    }

    private static bool TryObject(JsonElement root, string name, out IReadOnlyDictionary<string, object?>? value, out string? problem)
    {
        value = null;
        problem = null;
        return !root.TryGetProperty(name, out var property) || Entries(property, name, out value, out problem);
    }

    // A JSON object as name → JsonElement (later duplicates win, as in JSON.parse); null stays null.
    private static bool Entries(JsonElement element, string name, out IReadOnlyDictionary<string, object?>? value, out string? problem)
    {
        value = null;
        problem = null;
        if (element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problem = $"The \"{name}\" parameter must be a JSON object.";
            return false;
        }

        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            entries[property.Name] = property.Value;
        }

        value = entries;
        return true;
    }

    private static void Dispose(List<IDisposable> owned)
    {
        foreach (var item in owned)
        {
            item.Dispose();
        }
    }
}
