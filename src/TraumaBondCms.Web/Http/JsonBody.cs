using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Web.Http;

/// <summary>
/// Strict reading of small JSON request bodies: known properties only, each of the expected kind, strings at most
/// <see cref="MaxStringLength"/> characters (a comment, a reason, a password: nothing legitimate is longer).
/// </summary>
public static class JsonBody
{
    /// <summary>The longest string accepted in a property.</summary>
    public const int MaxStringLength = 10_000;

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

    /// <summary>
    /// Checks that every one of <paramref name="required"/> is present (JSON null counts as present: it says "none"); throws
    /// <see cref="ContentValidationException"/> naming each missing member. For a PUT, which replaces the whole resource.
    /// </summary>
    public static void RequireMembers(JsonElement body, params string[] required)
    {
        var missing = required.Where(name => !body.TryGetProperty(name, out _))
            .Select(name => new FieldError(name, $"'{name}' is required: PUT replaces the whole resource (use PATCH to change some members)."))
            .ToList();
        if (missing.Count > 0)
        {
            throw new ContentValidationException(missing);
        }
    }

    /// <summary>A required boolean property; throws naming the property when absent or not true or false.</summary>
    public static bool RequiredBoolean(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw ContentValidationException.For(name, $"'{name}' is required and must be true or false.");

    /// <summary>A required string property; throws naming the property when absent or not a non-empty string.</summary>
    public static string RequiredString(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? Bounded(name, value.GetString()!)
            : throw ContentValidationException.For(name, $"'{name}' is required and must be a non-empty string.");

    /// <summary>An optional string property; null when absent or JSON null, throws when another kind.</summary>
    public static string? OptionalString(JsonElement body, string name) =>
        !body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? Bounded(name, value.GetString()!)
        : throw ContentValidationException.For(name, $"'{name}' must be a string.");

    /// <summary>
    /// An optional name or label (a preview token's label, a webhook's description): like <see cref="OptionalString"/>, and
    /// refused when it holds control or bidirectional characters (<see cref="UnsafeCharacters"/>), which would make it show as
    /// something else wherever it is listed.
    /// </summary>
    public static string? OptionalName(JsonElement body, string name) =>
        OptionalString(body, name) is { } text && UnsafeCharacters.FindIn(text) is { } found
            ? throw ContentValidationException.For(name, $"'{name}' holds no control characters; this one has {found}.")
            : OptionalString(body, name);

    /// <summary>A required object property.</summary>
    public static JsonElement RequiredObject(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw ContentValidationException.For(name, $"'{name}' is required and must be a JSON object.");

    private static string Bounded(string name, string value) =>
        value.Length <= MaxStringLength ? value : throw ContentValidationException.For(name, $"'{name}' has at most {MaxStringLength} characters; this one has {value.Length}.");
}
