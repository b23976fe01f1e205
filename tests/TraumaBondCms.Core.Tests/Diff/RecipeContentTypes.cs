using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Serialization;

namespace TraumaBondCms.Core.Tests.Diff;

/// <summary>
/// The real content types of <c>recipes/trauma-bonding-library.recipe.json</c> (its <c>ContentDefinition</c>
/// step), read the way the recipe runner reads them, found by walking up from the test binaries.
/// </summary>
internal static class RecipeContentTypes
{
    private const string RecipePath = "recipes/trauma-bonding-library.recipe.json";

    private static readonly Lazy<IReadOnlyList<ContentTypeDefinition>> Types = new(Load);

    /// <summary>The type named <paramref name="name"/> (Topic, Article, Faq, Resource, ...).</summary>
    public static ContentTypeDefinition Get(string name) =>
        Types.Value.SingleOrDefault(t => t.Name == name) ?? throw new InvalidOperationException($"The recipe defines no type {name}.");

    private static IReadOnlyList<ContentTypeDefinition> Load()
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Locate()));
        var step = recipe.RootElement.GetProperty("steps").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == "ContentDefinition");
        return step.GetProperty("contentTypes").Deserialize<ContentTypeDefinition[]>(CmsJson.Options)
            ?? throw new InvalidOperationException("The ContentDefinition step has no content types.");
    }

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, RecipePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No parent of {AppContext.BaseDirectory} has {RecipePath}.");
    }
}
