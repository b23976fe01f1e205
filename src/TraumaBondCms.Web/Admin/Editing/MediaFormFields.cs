using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;

namespace TraumaBondCms.Web.Admin.Editing;

/// <summary>
/// How a Media field travels through the editor form: four inputs per use, <c>{name}.file</c> (<c>{assetId}/{sha256}</c>),
/// <c>{name}.alt</c>, <c>{name}.caption</c> and <c>{name}.credit</c>, repeated once per use in document order, so the n-th
/// values of the four belong together. A use with no file chosen is left out. Pure and thread-safe.
/// </summary>
public static class MediaFormFields
{
    /// <summary>The suffixes of a use's inputs.</summary>
    public static IReadOnlyList<string> Parts { get; } = ["file", "alt", "caption", "credit"];

    /// <summary>The form values that show a stored Media value (an array of uses).</summary>
    public static IEnumerable<(string Key, StringValues Values)> FromStored(string name, JsonElement value)
    {
        var uses = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Where(u => u.ValueKind == JsonValueKind.Object).ToList() : [];
        yield return (name + ".file", new StringValues(uses.Select(u => MediaSlot.FileValue(Text(u, "asset"), Text(u, "sha256"))).ToArray()));
        foreach (var part in new[] { "alt", "caption", "credit" })
        {
            yield return (name + "." + part, new StringValues(uses.Select(u => Text(u, part)).ToArray()));
        }
    }

    /// <summary>The uses in the form, in order, including those with no file chosen.</summary>
    public static IReadOnlyList<MediaSlot> Slots(FormValues form, string name)
    {
        var files = form.All(name + ".file");
        string At(string part, int i) => form.All(name + "." + part) is { } values && i < values.Count ? values[i] : string.Empty;
        return files.Select((file, i) => new MediaSlot(file.Trim(), At("alt", i), At("caption", i), At("credit", i))).ToList();
    }

    /// <summary>The JSON array to save; null when no use has a file. Alt text is sent as typed, so the server names a missing one.</summary>
    public static JsonArray? ToJson(FormValues form, string name)
    {
        var uses = new JsonArray();
        foreach (var slot in Slots(form, name).Where(s => s.File.Length > 0))
        {
            var use = new JsonObject { ["asset"] = slot.AssetId, ["sha256"] = slot.Sha256, ["alt"] = slot.Alt };
            if (!string.IsNullOrWhiteSpace(slot.Caption))
            {
                use["caption"] = slot.Caption;
            }

            if (!string.IsNullOrWhiteSpace(slot.Credit))
            {
                use["credit"] = slot.Credit;
            }

            uses.Add(use);
        }

        return uses.Count == 0 ? null : uses;
    }

    private static string Text(JsonElement use, string name) =>
        use.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
