using System.Text.Json;
using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Search.Bench;

/// <summary>The words of the setup recipe's sample content, most frequent first: the head of the generated vocabulary.</summary>
internal static class SeedVocabulary
{
    public static IReadOnlyList<string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "recipes", "trauma-bonding-library.recipe.json");
        using var recipe = JsonDocument.Parse(File.ReadAllText(path));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in recipe.RootElement.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("name").GetString() == "Content"))
        {
            foreach (var item in step.GetProperty("items").EnumerateArray())
            {
                foreach (var word in SearchText.FoldedWords(item.GetProperty("fields").GetRawText()).Where(w => w.Length > 1 && !w.All(char.IsDigit)))
                {
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }
            }
        }

        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key)];
    }
}
