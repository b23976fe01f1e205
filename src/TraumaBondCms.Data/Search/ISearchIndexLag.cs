namespace TraumaBondCms.Data.Search;

/// <summary>
/// How far this node's search index is behind the database: the search change log entries committed but not yet applied
/// to the index, and how long the oldest of them has waited. Read by the readiness check (<c>/healthz/ready</c> fails when
/// the index is further behind than <c>Cms:Health:MaxSearchIndexLag</c>) and by the <c>cms.search.index.lag</c> gauges.
/// Implemented by <see cref="SearchIndexNode"/>. Thread-safe; cheap enough to call every few seconds.
/// </summary>
public interface ISearchIndexLag
{
    /// <summary>
    /// Measures the lag now. Throws <see cref="InvalidOperationException"/> when the index cannot tell (not open yet, or
    /// could not be opened: the readiness check then reports it unready with the message).
    /// </summary>
    ValueTask<SearchIndexLag> MeasureAsync(CancellationToken cancellationToken = default);
}
