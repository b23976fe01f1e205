using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// Turns a coerced <c>...Input</c> value into the JSON field values the content service validates: fields given are set
/// (an explicit null removes the field), fields not given are left out; a single ContentPicker id becomes the one-element
/// array the store keeps.
/// </summary>
internal static class ContentInputJson
{
    public static JsonElement ToFields(ContentTypeDefinition type, IReadOnlyDictionary<string, object?> input)
    {
        var fields = new JsonObject();
        foreach (var (name, value) in input)
        {
            var field = type.GetField(name) ?? throw new InvalidOperationException($"{type.Name} has no field '{name}'.");
            fields[name] = value is null ? null
                : field.Kind is ContentFieldKind.ContentPicker or ContentFieldKind.Media && !field.Multiple ? new JsonArray(ToNode(value))
                : ToNode(value);
        }

        return JsonSerializer.SerializeToElement(fields);
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        IReadOnlyDictionary<string, object?> entries => new JsonObject(entries.Select(e => KeyValuePair.Create(e.Key, ToNode(e.Value)))),
        IEnumerable items => new JsonArray(items.Cast<object?>().Select(ToNode).ToArray()),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
