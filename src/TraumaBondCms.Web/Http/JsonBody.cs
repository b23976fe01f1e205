using System.Text.Json;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Web.Http;

/// <summary>Strict reading of small JSON request bodies: known properties only, each of the expected kind.</summary>
public static class JsonBody
{
    /// <summary>
    /// Checks that <paramref name="body"/> is an object whose properties are all in <paramref name="allowed"/>;
    /// throws <see cref="ContentValidationException"/> naming each unknown property.
    /// </summary>
    public static void RequireObject(JsonElement body, params string[] allowed)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw ContentValidationException.For("body", "The request body must be a JSON object.");
        }

        var unknown = body.EnumerateObject().Where(p => !allowed.Contains(p.Name, StringComparer.Ordinal))
            .Select(p => new FieldError(p.Name, $"Unknown property '{p.Name}'; expected {string.Join(", ", allowed.Select(a => $"'{a}'"))}."))
            .ToList();
        if (unknown.Count > 0)
        {
            throw new ContentValidationException(unknown);
        }
    }

    /// <summary>A required string property; throws naming the property when absent or not a non-empty string.</summary>
    public static string RequiredString(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw ContentValidationException.For(name, $"'{name}' is required and must be a non-empty string.");

    /// <summary>An optional string property; null when absent or JSON null, throws when another kind.</summary>
    public static string? OptionalString(JsonElement body, string name) =>
        !body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw ContentValidationException.For(name, $"'{name}' must be a string.");

    /// <summary>A required object property.</summary>
    public static JsonElement RequiredObject(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw ContentValidationException.For(name, $"'{name}' is required and must be a JSON object.");
}
