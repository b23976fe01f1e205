using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// Builds a version's <see cref="SearchDocument"/> inside a session, looking up the titles of the items its Tags fields name:
/// their published titles, which a clinician signed (a draft's title is unreviewed text, and the document feeds the public
/// index and its snippets); an item with no published version counts by its slug's words. A tag names the item holding its
/// slug in the version's culture, or else in the first culture of its fallback chain that has one.
/// </summary>
public static class SearchDocuments
{
    /// <summary>The search document of a version with <paramref name="fields"/> of <paramref name="type"/>, in the first culture of <paramref name="cultures"/> (its fallback chain).</summary>
    public static async Task<SearchDocument> BuildAsync(IStoreSession session, ContentTypeDefinition type, ContentFields fields, string displayText, IReadOnlyList<string> cultures, CancellationToken cancellationToken)
    {
        var titles = new Dictionary<TagReference, string>();
        foreach (var taxonomy in SearchDocumentBuilder.TagsOf(type, fields).GroupBy(t => t.Taxonomy))
        {
            var holders = await session.Content.FindBySlugsAsync(taxonomy.Key, taxonomy.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal), cultures, cancellationToken);
            var items = (await session.Content.GetManyAsync(holders.Values.ToHashSet(StringComparer.Ordinal), VersionSelector.Published, cancellationToken))
                .ToDictionary(i => i.ContentItemId, i => i.DisplayText, StringComparer.Ordinal);
            foreach (var (slug, id) in holders)
            {
                if (items.TryGetValue(id, out var title))
                {
                    titles[new TagReference(taxonomy.Key, slug)] = title;
                }
            }
        }

        return SearchDocumentBuilder.Build(type, fields, displayText, tag => titles.GetValueOrDefault(tag));
    }
}
