using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data.Search;

/// <summary>
/// The full-text search index of a store, one implementation per engine (<c>Fts5SearchIndex</c> on SQLite,
/// <c>PostgresSearchIndex</c> on PostgreSQL). It holds one <see cref="SearchDocument"/> per version written with one
/// (see <see cref="IContentRepository.CreateAsync"/>) and two indexes kept in step with the version flags inside the
/// same transaction as every content change: <see cref="SearchScope.Public"/> (published versions) and
/// <see cref="SearchScope.Editorial"/> (latest versions); deleted items are in neither. Reached through
/// <see cref="IStoreSession.Search"/>; not thread-safe, like its session.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Runs a search. An empty query matches nothing. Throws <see cref="SearchIndexException"/> (which never repeats the query) if the engine fails.</summary>
    Task<SearchPage> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="document"/> as the search document of an existing version, replacing any it had, and keeps
    /// the indexes that contain the version up to date. Write sessions only.
    /// </summary>
    Task PutDocumentAsync(string contentItemVersionId, SearchDocument document, CancellationToken cancellationToken = default);

    /// <summary>
    /// Empties both indexes and fills them again from the stored documents and the current version flags: afterwards
    /// every search answers exactly as if every change had been indexed one by one. Write sessions only.
    /// </summary>
    Task<SearchIndexCounts> RebuildAsync(CancellationToken cancellationToken = default);

    /// <summary>How many documents each index holds, and how many latest or published versions of live items have no document.</summary>
    Task<SearchIndexCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts one more search for <paramref name="queryKey"/> (a keyed hash of the normalized query) that found nothing.
    /// The text <paramref name="normalizedQuery"/> is stored only once the count reaches <paramref name="revealAt"/>: a rarer
    /// query is kept as a count and a hash only. Write sessions only.
    /// </summary>
    Task RecordZeroResultAsync(string queryKey, string normalizedQuery, int revealAt, CancellationToken cancellationToken = default);

    /// <summary>The stored zero-result queries counted at least <paramref name="minimumCount"/> times, most frequent first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ZeroResultQuery>> GetZeroResultQueriesAsync(int minimumCount, int limit, CancellationToken cancellationToken = default);
}
