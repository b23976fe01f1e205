namespace TraumaBondCms.Data.Search;

/// <summary>
/// How far this node's search index is behind the database: the search change log entries committed but not yet applied
/// to the index, and how long the oldest of them has waited. Read by the readiness check (<c>/healthz/ready</c> fails when
/// the index is further behind than <c>Cms:Health:MaxSearchIndexLag</c>) and by the <c>cms.search.index.lag</c> gauges.
/// An index kept in the same transaction as the content is never behind; an index fed from a change log (one per node)
/// registers its own implementation, which replaces the default. Thread-safe; cheap enough to call every few seconds.
/// </summary>
public interface ISearchIndexLag
{
    /// <summary>Measures the lag now. Throws when the index cannot tell (the readiness check then reports it unready).</summary>
    ValueTask<SearchIndexLag> MeasureAsync(CancellationToken cancellationToken = default);
}
