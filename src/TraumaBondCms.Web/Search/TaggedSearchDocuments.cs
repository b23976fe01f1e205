using TraumaBondCms.Core.Content;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// Keeps search in step with a renamed tag: the search documents of items whose Tags fields name a taxonomy item hold its
/// published title (readers search "coercive control", not "coercive-control"), so when that title is published, taken
/// down or its slug changes, the documents of every tagged latest and published version are made again in the same
/// transaction. Indexed Tags fields are looked up through
/// their index rows; a Tags field that is not indexed makes the refresh read every item of its type.
/// </summary>
public static class TaggedSearchDocuments
{
    private const int PageSize = 500;

    /// <summary>Rewrites the search documents of the versions tagged with any of <paramref name="slugs"/> (nulls ignored) of <paramref name="taxonomy"/>; returns how many.</summary>
    public static async Task<int> RefreshAsync(IStoreSession session, ContentDefinitionCatalog catalog, string taxonomy, IEnumerable<string?> slugs, CancellationToken cancellationToken)
    {
        var refreshed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slug in slugs.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            await RefreshAsync(session, catalog, taxonomy, slug, refreshed, cancellationToken);
        }

        return refreshed.Count;
    }

    private static async Task RefreshAsync(IStoreSession session, ContentDefinitionCatalog catalog, string taxonomy, string slug, HashSet<string> refreshed, CancellationToken cancellationToken)
    {
        foreach (var type in catalog.Types)
        {
            var fields = type.Fields.Where(f => f.Kind == ContentFieldKind.Tags && f.EffectiveTaxonomy == taxonomy).ToArray();
            if (fields.Length == 0)
            {
                continue;
            }

            ContentFilter? where = fields.All(f => f.Indexed)
                ? new OrFilter([.. fields.Select(f => new FieldFilter(ContentField.Indexed(f.Name, ContentValueKind.Text), FilterOperator.Equal, [slug]))])
                : null;
            foreach (var status in new[] { ContentStatusFilter.Latest, ContentStatusFilter.Published })
            {
                string? cursor = null;
                do
                {
                    var page = await session.Content.QueryAsync(
                        new ContentQuery { ContentTypes = [type.Name], Status = status, Where = where, First = PageSize, After = cursor, CountTotal = false },
                        cancellationToken);
                    foreach (var version in page.Items)
                    {
                        var tagged = fields.Any(f => version.Fields.GetStrings(f.Name).Contains(slug, StringComparer.Ordinal));
                        if (tagged && refreshed.Add(version.ContentItemVersionId))
                        {
                            var chain = await Localization.ItemCultures.ChainAsync(session, version.Culture, cancellationToken);
                            var document = await SearchDocuments.BuildAsync(session, type, version.Fields, version.DisplayText, chain, cancellationToken);
                            await session.Search.PutDocumentAsync(version.ContentItemVersionId, document, cancellationToken);
                        }
                    }

                    cursor = page.NextCursor;
                }
                while (cursor is not null);
            }
        }
    }
}
