using System.Text.Json;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Diff;

/// <summary>Semantic comparison of JSON values, through their canonical form (so <c>2</c> equals <c>2.0</c> and key order is ignored).</summary>
internal static class JsonValues
{
    /// <summary>A string equal for two values exactly when they are the same JSON value.</summary>
    public static string Key(JsonElement value) => CanonicalJson.Serialize(value);

    /// <summary>True when both are the same JSON value.</summary>
    public static bool AreEqual(JsonElement a, JsonElement b) => Key(a) == Key(b);

    /// <summary>
    /// The names of the properties that differ between two objects, in ordinal order; an absent value counts
    /// as an object with no properties. Empty when either value is present but not an object.
    /// </summary>
    public static IReadOnlyList<string> ChangedProperties(JsonElement? before, JsonElement? after)
    {
        if (!IsObjectOrAbsent(before) || !IsObjectOrAbsent(after) || (before is null && after is null))
        {
            return [];
        }

        var old = Properties(before);
        var @new = Properties(after);
        return old.Keys.Union(@new.Keys)
            .Where(name => !old.TryGetValue(name, out var a) || !@new.TryGetValue(name, out var b) || a != b)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static bool IsObjectOrAbsent(JsonElement? value) => value is null or { ValueKind: JsonValueKind.Object };

    private static Dictionary<string, string> Properties(JsonElement? value)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value is { } element)
        {
            foreach (var property in element.EnumerateObject())
            {
                // A null property is no value, as for fields.
                if (property.Value.ValueKind != JsonValueKind.Null)
                {
                    properties[property.Name] = Key(property.Value);
                }
            }
        }

        return properties;
    }
}
