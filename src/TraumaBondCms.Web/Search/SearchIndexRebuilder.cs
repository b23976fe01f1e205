using TraumaBondCms.Data;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// Rebuilds search from the content itself, in one transaction: the search document of every latest and published version
/// of live items is computed again (so a changed content type definition is picked up), their scopes are derived from the
/// version flags again, and a rebuild request is logged, after which every node rebuilds its index from these documents.
/// Used by <c>search rebuild</c> and on start when versions have no document (a database that predates search). Thread-safe.
/// </summary>
public sealed class SearchIndexRebuilder(ICmsStore store, ContentDefinitionCache definitions)
{
    /// <summary>Rebuilds and returns the new index sizes; <paramref name="progress"/> receives a line now and then.</summary>
    public async Task<SearchIndexCounts> RebuildAsync(IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var catalog = definitions.Catalog;
        var done = new HashSet<string>(StringComparer.Ordinal);
        var chains = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var status in new[] { ContentStatusFilter.Latest, ContentStatusFilter.Published })
        {
            string? cursor = null;
            do
            {
                var page = await session.Content.QueryAsync(new ContentQuery { Status = status, First = 500, After = cursor, CountTotal = false }, cancellationToken);
                foreach (var version in page.Items.Where(v => done.Add(v.ContentItemVersionId)))
                {
                    if (catalog.Find(version.ContentType) is { } type)
                    {
                        var chain = chains.TryGetValue(version.Culture, out var known) ? known : chains[version.Culture] = await Localization.ItemCultures.ChainAsync(session, version.Culture, cancellationToken);
                        await session.Search.PutDocumentAsync(version.ContentItemVersionId, await SearchDocuments.BuildAsync(session, type, version.Fields, version.DisplayText, chain, cancellationToken), cancellationToken);
                    }
                }

                progress?.Report($"Search: {done.Count} versions indexed...");
                cursor = page.NextCursor;
            }
            while (cursor is not null);
        }

        var counts = await session.Search.RebuildAsync(cancellationToken);
        await session.CommitAsync(cancellationToken);
        return counts;
    }
}
