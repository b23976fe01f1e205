using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// The lag of today's search indexes (FTS5 on SQLite, <c>tsvector</c> on PostgreSQL): none, ever. Their rows are written
/// in the same transaction as the content change, so a committed change is searchable the moment it commits, on every
/// node. An index fed from a change log replaces this registration with one that measures.
/// </summary>
public sealed class TransactionalSearchIndexLag : ISearchIndexLag
{
    /// <inheritdoc />
    public ValueTask<SearchIndexLag> MeasureAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(SearchIndexLag.CaughtUp);
}
