using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Web.Admin.Editing;

/// <summary>
/// Translates between a content type's fields and the editor form. The form is a set of named string values (as the
/// browser posts it), so a refused save can show the user's own text again exactly as typed. Input names are
/// <c>f.{field}</c>, and <c>f.{field}.url</c> / <c>f.{field}.text</c> for links, and four inputs per use for media (see <see cref="MediaFormFields"/>). Stateless and thread-safe.
/// </summary>
public sealed class ContentFormBinder
{
    /// <summary>The prefix of every field input's name.</summary>
    public const string Prefix = "f.";

    /// <summary>The form values that show <paramref name="fields"/> (a stored version) in the editor.</summary>
    public FormValues FromFields(ContentTypeDefinition type, ContentFields fields)
    {
        var values = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var value))
            {
                continue;
            }

            var name = InputName(field);
            switch (field.Kind)
            {
                case ContentFieldKind.Link when value.ValueKind == JsonValueKind.Object:
                    values[name + ".url"] = value.TryGetProperty("url", out var url) ? url.GetString() : null;
                    values[name + ".text"] = value.TryGetProperty("text", out var text) ? text.GetString() : null;
                    break;
                case ContentFieldKind.Boolean:
                    values[name] = value.ValueKind == JsonValueKind.True ? "true" : "false";
                    break;
                case ContentFieldKind.Tags or ContentFieldKind.ContentPicker:
                    values[name] = new StringValues(fields.GetStrings(field.Name).ToArray());
                    break;
                case ContentFieldKind.List when value.ValueKind == JsonValueKind.Array:
                    values[name] = string.Join('\n', value.EnumerateArray().Select(Scalar));
                    break;
                case ContentFieldKind.Media:
                    foreach (var (key, parts) in MediaFormFields.FromStored(name, value))
                    {
                        values[key] = parts;
                    }

                    break;
                default:
                    values[name] = Scalar(value);
                    break;
            }
        }

        return new FormValues(values);
    }

    /// <summary>The values posted for <paramref name="type"/>'s fields, kept as typed.</summary>
    public FormValues FromForm(ContentTypeDefinition type, IFormCollection form)
    {
        var values = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var name = InputName(field);
            var keys = field.Kind switch
            {
                ContentFieldKind.Link => [name + ".url", name + ".text"],
                ContentFieldKind.Media => MediaFormFields.Parts.Select(p => name + "." + p).ToArray(),
                _ => new[] { name },
            };
            foreach (var key in keys)
            {
                if (form.TryGetValue(key, out var value))
                {
                    values[key] = value;
                }
            }
        }

        return new FormValues(values);
    }

    /// <summary>
    /// The JSON object of field values to save. Blank inputs are no value; numbers that do not parse are sent as text, so the
    /// server's validation names the field. The server's validation is the only judge of what is valid.
    /// </summary>
    public JsonElement ToJson(ContentTypeDefinition type, FormValues form)
    {
        var json = new JsonObject();
        foreach (var field in type.Fields)
        {
            var name = InputName(field);
            JsonNode? node = field.Kind switch
            {
                ContentFieldKind.Boolean => JsonValue.Create(form.Text(name) == "true"),
                ContentFieldKind.Link => Link(form.Text(name + ".url"), form.Text(name + ".text")),
                ContentFieldKind.Tags or ContentFieldKind.ContentPicker => Array(form.All(name).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => (JsonNode?)JsonValue.Create(v.Trim()))),
                ContentFieldKind.Media => MediaFormFields.ToJson(form, name),
                ContentFieldKind.List => Array(Lines(form.Text(name)).Select(line => Scalar(field.EffectiveItemKind, line))),
                ContentFieldKind.Markdown => string.IsNullOrWhiteSpace(form.Text(name)) ? null : JsonValue.Create(form.Text(name)),
                _ => string.IsNullOrWhiteSpace(form.Text(name)) ? null : Scalar(field.Kind, form.Text(name)!),
            };
            if (node is not null)
            {
                json[field.Name] = node;
            }
        }

        return JsonSerializer.SerializeToElement(json);
    }

    /// <summary>The name of a field's input.</summary>
    public static string InputName(ContentFieldDefinition field) => Prefix + field.Name;

    /// <summary>The id of a field's input, for labels and error links.</summary>
    public static string InputId(string fieldName) => "field-" + fieldName;

    private static JsonNode? Scalar(ContentFieldKind kind, string text) => kind switch
    {
        ContentFieldKind.Number when decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        ContentFieldKind.Boolean when bool.TryParse(text.Trim(), out var flag) => JsonValue.Create(flag),
        _ => JsonValue.Create(text),
    };

    private static JsonObject? Link(string? url, string? text)
    {
        if (string.IsNullOrWhiteSpace(url) && string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var link = new JsonObject { ["url"] = (url ?? string.Empty).Trim() };
        if (!string.IsNullOrWhiteSpace(text))
        {
            link["text"] = text.Trim();
        }

        return link;
    }

    private static JsonArray? Array(IEnumerable<JsonNode?> items)
    {
        var array = new JsonArray(items.ToArray());
        return array.Count == 0 ? null : array;
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
