using System.Text.Json;
using System.Text.Json.Serialization;
using TraumaBondCms.GraphQL.Language;

namespace TraumaBondCms.GraphQL.Errors;

/// <summary>
/// A GraphQL error as it appears in a response's <c>errors</c> list
/// (https://spec.graphql.org/October2021/#sec-Errors.Error-result-format): a message, the source
/// locations it refers to, the response path of the field it belongs to (execution errors only) and
/// free-form extensions, conventionally carrying <c>code</c> (see <see cref="ErrorCodes"/>).
/// Immutable; serializes with System.Text.Json to <c>{"message","locations":[{"line","column"}],"path","extensions"}</c>,
/// omitting empty locations, a null path and null or empty extensions.
/// </summary>
[JsonConverter(typeof(GraphQLErrorJsonConverter))]
public sealed record GraphQLError
{
    /// <summary>Creates an error.</summary>
    /// <param name="message">A description for the client developer; required.</param>
    /// <param name="locations">Source locations the error refers to; null means none.</param>
    /// <param name="path">Response path segments, each a field name (<see cref="string"/>) or list index (<see cref="int"/>); null when the error is not tied to a response field.</param>
    /// <param name="extensions">Additional entries; null means none.</param>
    /// <exception cref="ArgumentException">When the message is empty or a path segment is neither a string nor an int.</exception>
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        if (path is not null && path.Any(segment => segment is not (string or int)))
        {
            throw new ArgumentException("Every path segment must be a field name (string) or a list index (int).", nameof(path));
        }

        Message = message;
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions;
    }

    /// <summary>The message for the client developer.</summary>
    public string Message { get; init; }

    /// <summary>The source locations the error refers to; empty when none.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; init; }

    /// <summary>The response path (field names and list indices), or null when not tied to a response field.</summary>
    public IReadOnlyList<object>? Path { get; init; }

    /// <summary>Additional entries serialized under <c>extensions</c>; null when none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The <c>extensions.code</c> value when present and a string, otherwise null.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>Creates an error whose extensions hold only <c>code</c>.</summary>
    public static GraphQLError WithCode(string message, string code, IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null) =>
        new(message, locations, path, new Dictionary<string, object?> { ["code"] = code });

    /// <summary>Serializes the error as a JSON object (spec §7.1.2 field order).</summary>
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>Writes the error as a JSON object; extension values are serialized with <paramref name="options"/>.</summary>
    public void WriteTo(Utf8JsonWriter writer, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        if (Locations.Count > 0)
        {
            writer.WriteStartArray("locations");
            foreach (var location in Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (Path is not null)
        {
            writer.WriteStartArray("path");
            foreach (var segment in Path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    // A path replaced through "with" skips the constructor's check, so write any other segment as text.
                    writer.WriteStringValue(segment as string ?? Convert.ToString(segment, System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            writer.WriteEndArray();
        }

        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, Extensions, options);
        }

        writer.WriteEndObject();
    }
}
