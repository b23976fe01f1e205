namespace TraumaBondCms.Data.Search;

/// <summary>How far the node is behind the change log (<see cref="ISearchIndexLag"/>).</summary>
public sealed partial class SearchIndexNode
{
    // Why the last attempt to open the index failed (null once it opened), and the sequence searches saw when it closed (-1 while open or never opened).
    private volatile string? _openFailure;
    private long _closedSequence = -1;

    /// <summary>
    /// Measures the lag now: the log entries after the sequence searches on this node see, and how long ago the oldest of
    /// them was written (by this node's clock). A closed node (stopped following) is measured from where it stopped, so its
    /// lag grows with every change. Throws <see cref="InvalidOperationException"/> while the index is not open yet
    /// (catching up or rebuilding at start) or could not be opened, saying which.
    /// </summary>
    public async ValueTask<SearchIndexLag> MeasureAsync(CancellationToken cancellationToken = default)
    {
        var applied = _engine?.VisibleSequence ?? Interlocked.Read(ref _closedSequence);
        if (applied < 0)
        {
            throw new InvalidOperationException(_openFailure is { } failure
                ? $"this node's search index could not be opened: {failure}"
                : "this node's search index is still opening (catching up with the change log, or rebuilding)");
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        var backlog = await session.Search.GetBacklogAsync(applied, cancellationToken);
        var age = backlog.OldestChangedUtc is { } oldest ? DateTimeOffset.UtcNow - oldest : TimeSpan.Zero;
        return new SearchIndexLag(backlog.Entries, age > TimeSpan.Zero ? age : TimeSpan.Zero);
    }
}
