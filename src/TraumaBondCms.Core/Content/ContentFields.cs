using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;

namespace TraumaBondCms.Core.Content;

/// <summary>
/// The field values of one content version: an immutable map from field name to JSON value, kept in
/// ordinal key order so that its canonical JSON (and so its <see cref="ContentHash"/>) does not depend on
/// the order a client sent the fields in. Absent fields and JSON nulls are the same: no value.
/// </summary>
public sealed class ContentFields : IReadOnlyDictionary<string, JsonElement>
{
    private readonly ImmutableSortedDictionary<string, JsonElement> _values;

    private ContentFields(ImmutableSortedDictionary<string, JsonElement> values) => _values = values;

    /// <summary>No values.</summary>
    public static ContentFields Empty { get; } = new(ImmutableSortedDictionary.Create<string, JsonElement>(StringComparer.Ordinal));

    /// <summary>Builds fields from name/value pairs; null and <c>JsonValueKind.Null</c> values are dropped.</summary>
    public static ContentFields From(IEnumerable<KeyValuePair<string, JsonElement>> values)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                builder[name] = value.Clone();
            }
        }

        return new ContentFields(builder.ToImmutable());
    }

    /// <summary>Parses a JSON object of field values (as stored); throws <see cref="JsonException"/> on anything else.</summary>
    public static ContentFields Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("Content fields must be a JSON object.");
        }

        // One copy of the whole object, which its values then point into (From would copy each value on its own).
        var root = document.RootElement.Clone();
        var builder = ImmutableSortedDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                builder[property.Name] = property.Value;
            }
        }

        return new ContentFields(builder.ToImmutable());
    }

    /// <summary>Returns a copy with one value set; a null value removes the field.</summary>
    public ContentFields With(string name, JsonElement? value) =>
        value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } v
            ? new ContentFields(_values.SetItem(name, v.Clone()))
            : new ContentFields(_values.Remove(name));

    /// <summary>The string value of a field, or null when absent or not a string.</summary>
    public string? GetString(string name) =>
        _values.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The string items of an array field (Tags, ContentPicker, List of text); empty when absent.</summary>
    public IReadOnlyList<string> GetStrings(string name) =>
        _values.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
            : [];

    /// <summary>The canonical JSON of the values: keys in ordinal order, no insignificant white space.</summary>
    public string ToCanonicalJson() => CanonicalJson.Serialize(this);

    /// <inheritdoc />
    public JsonElement this[string key] => _values[key];

    /// <inheritdoc />
    public IEnumerable<string> Keys => _values.Keys;

    /// <inheritdoc />
    public IEnumerable<JsonElement> Values => _values.Values;

    /// <inheritdoc />
    public int Count => _values.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out JsonElement value) => _values.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
