using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TraumaBondCms.Web.Recipes;

/// <summary>
/// A parsed recipe: a name and an ordered list of named steps (<c>Roles</c>, <c>ContentDefinition</c>,
/// <c>Settings</c>, <c>Users</c>, <c>Content</c>, ...). <see cref="Hash"/> identifies the exact text.
/// </summary>
public sealed record RecipeDocument(string Name, string? DisplayName, string? Description, IReadOnlyList<JsonElement> Steps, string Hash)
{
    /// <summary>Reads a recipe file; throws <see cref="RecipeException"/> with the file and problem.</summary>
    public static async Task<RecipeDocument> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new RecipeException($"Recipe file '{path}' does not exist.");
        }

        return Parse(await File.ReadAllTextAsync(path, cancellationToken), Path.GetFileName(path));
    }

    /// <summary>Parses recipe JSON; <paramref name="source"/> names it in error messages.</summary>
    public static RecipeDocument Parse(string json, string source)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new RecipeException($"Recipe '{source}' is not valid JSON: {e.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString())
            || !root.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException($"Recipe '{source}' needs a \"name\" and a \"steps\" array.");
        }

        var list = steps.EnumerateArray().ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].ValueKind != JsonValueKind.Object || !list[i].TryGetProperty("name", out var stepName) || stepName.ValueKind != JsonValueKind.String)
            {
                throw new RecipeException($"Recipe '{source}', step {i + 1}: each step is an object with a \"name\".");
            }
        }

        return new RecipeDocument(
            name.GetString()!,
            root.TryGetProperty("displayName", out var display) ? display.GetString() : null,
            root.TryGetProperty("description", out var description) ? description.GetString() : null,
            list,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
    }
}
