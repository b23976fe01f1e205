using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Serialization;

namespace TraumaBondCms.Core.Tests.Content;

/// <summary>
/// The content types of the real setup recipe (its <c>ContentDefinition</c> step), loaded once and used as
/// realistic fixtures. The recipe is found by walking up from the test binaries to the repository root.
/// </summary>
internal static class RecipeContentTypes
{
    private const string RecipePath = "recipes/trauma-bonding-library.recipe.json";

    private static readonly Lazy<IReadOnlyList<ContentTypeDefinition>> Loaded = new(Load);
    private static readonly Lazy<IReadOnlyList<SampleItem>> LoadedItems = new(LoadItems);

    /// <summary>Topic, Article, Faq and Resource, as the recipe defines them.</summary>
    public static IReadOnlyList<ContentTypeDefinition> All => Loaded.Value;

    public static ContentTypeDefinition Topic => Get("Topic");

    public static ContentTypeDefinition Article => Get("Article");

    public static ContentTypeDefinition Faq => Get("Faq");

    public static ContentTypeDefinition Resource => Get("Resource");

    /// <summary>The sample items of the recipe's <c>Content</c> step, written for this project.</summary>
    public static IReadOnlyList<SampleItem> SampleItems => LoadedItems.Value;

    public static ContentTypeDefinition Get(string name) => All.Single(t => t.Name == name);

    /// <summary>A field of a recipe type, e.g. <c>Field("Resource", "region")</c>.</summary>
    public static ContentFieldDefinition Field(string type, string field) =>
        Get(type).GetField(field) ?? throw new InvalidOperationException($"The recipe's {type} has no field '{field}'.");

    private static IReadOnlyList<ContentTypeDefinition> Load() =>
        Step("ContentDefinition").GetProperty("contentTypes").Deserialize<List<ContentTypeDefinition>>(CmsJson.Options)
            ?? throw new InvalidOperationException("The ContentDefinition step has no contentTypes.");

    // Every Content step's items: the English samples and their Spanish translations.
    private static IReadOnlyList<SampleItem> LoadItems() =>
        Steps("Content").SelectMany(step => step.GetProperty("items").EnumerateArray())
            .Select(i => new SampleItem(i.GetProperty("contentItemId").GetString()!, i.GetProperty("contentType").GetString()!, i.GetProperty("fields").Clone()))
            .ToList();

    private static JsonElement Step(string name) => Steps(name).Single();

    private static List<JsonElement> Steps(string name)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using var recipe = JsonDocument.Parse(File.ReadAllText(FindRecipe()), options);
        return [.. recipe.RootElement.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("name").GetString() == name).Select(s => s.Clone())];
    }

    private static string FindRecipe()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, RecipePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No {RecipePath} in any directory above {AppContext.BaseDirectory}.");
    }
}

/// <summary>One item of the recipe's Content step: its id, type and field values as written.</summary>
internal sealed record SampleItem(string ContentItemId, string ContentType, JsonElement Fields);
