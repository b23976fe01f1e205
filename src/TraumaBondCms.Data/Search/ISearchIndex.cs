using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data.Search;

/// <summary>
/// The database side of search, the source of truth every node's Lucene index (<see cref="ISearchEngine"/>) is fed from:
/// one <see cref="SearchDocument"/> per version written with one (see <see cref="IContentRepository.CreateAsync"/>), its
/// membership of the two scopes kept equal to the version flags inside the same transaction as every content change
/// (<see cref="SearchScope.Public"/>: published versions of live items; <see cref="SearchScope.Editorial"/>: their latest
/// versions), and the change log: every change of membership or text appends a <see cref="SearchChange"/> in that
/// same transaction, so what commits and what the log says never differ. Reached through
/// <see cref="IStoreSession.Search"/>; not thread-safe, like its session.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// Stores <paramref name="document"/> as the search document of an existing version, replacing any it had, and logs the
    /// change for the scopes the version is in. Write sessions only.
    /// </summary>
    Task PutDocumentAsync(string contentItemVersionId, SearchDocument document, CancellationToken cancellationToken = default);

    /// <summary>
    /// Derives every document's scopes from the version flags again and logs a rebuild request, after which every node
    /// rebuilds its index from the stored documents. Write sessions only. Returns the new sizes.
    /// </summary>
    Task<SearchIndexCounts> RebuildAsync(CancellationToken cancellationToken = default);

    /// <summary>How many documents each scope holds, and how many latest or published versions of live items have no document.</summary>
    Task<SearchIndexCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="limit"/> log entries after <paramref name="afterSequence"/>, in order, with the log's last
    /// sequence and the highest pruned one, all read in the session's snapshot.
    /// </summary>
    Task<SearchChangeBatch> GetChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many log entries follow <paramref name="afterSequence"/> and when the oldest of them was written: how far an index
    /// that applied up to it is behind (entries already pruned are not counted; such an index rebuilds).
    /// </summary>
    Task<SearchChangeBacklog> GetBacklogAsync(long afterSequence, CancellationToken cancellationToken = default);

    /// <summary>The documents that belong in an index now (in a scope) of each of <paramref name="contentItemIds"/>; an item absent from the answer belongs in none.</summary>
    Task<IReadOnlyList<IndexedDocument>> GetIndexedDocumentsAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> documents that belong in an index, in <see cref="IndexedDocument.DocumentId"/> order after <paramref name="afterDocumentId"/> (for rebuilds).</summary>
    Task<IReadOnlyList<IndexedDocument>> ReadIndexedDocumentsAsync(long afterDocumentId, int limit, CancellationToken cancellationToken = default);

    /// <summary>The stored documents of <paramref name="contentItemVersionIds"/> (for snippets), by version id; versions without one are absent.</summary>
    Task<IReadOnlyDictionary<string, SearchDocument>> GetDocumentsAsync(IReadOnlyCollection<string> contentItemVersionIds, CancellationToken cancellationToken = default);

    /// <summary>Deletes log entries older than <paramref name="before"/> and returns the highest sequence pruned so far. Write sessions only.</summary>
    Task<long> PruneChangesAsync(DateTimeOffset before, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts one more search for <paramref name="queryKey"/> (a keyed hash of the normalized query) that found nothing.
    /// The text <paramref name="normalizedQuery"/> is stored only once the count reaches <paramref name="revealAt"/>: a rarer
    /// query is kept as a count and a hash only. Write sessions only.
    /// </summary>
    Task RecordZeroResultAsync(string queryKey, string normalizedQuery, int revealAt, CancellationToken cancellationToken = default);

    /// <summary>The stored zero-result queries counted at least <paramref name="minimumCount"/> times, most frequent first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ZeroResultQuery>> GetZeroResultQueriesAsync(int minimumCount, int limit, CancellationToken cancellationToken = default);
}
