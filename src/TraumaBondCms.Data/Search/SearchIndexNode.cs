using TraumaBondCms.Data.Search.Lucene;

namespace TraumaBondCms.Data.Search;

/// <summary>
/// This node's search index and the only writer of it: opens it from the data folder (rebuilding it from the database when
/// it is missing, unreadable, written with other analysis or older than the pruned log), applies the change log from the
/// sequence its last commit stored, follows the log (woken by <see cref="ICmsStore.Changes"/>, polling as the fallback),
/// refreshes the near-real-time searcher after each round and commits at least every
/// <see cref="SearchIndexNodeOptions.CommitInterval"/>. Applying is idempotent (an item's entries are replaced by what
/// the database holds for it now), so whatever a crash loses is applied again on restart. Measures how far it is behind
/// the log (<see cref="ISearchIndexLag"/>). Thread-safe.
/// </summary>
public sealed partial class SearchIndexNode(ICmsStore store, string indexPath, SearchIndexNodeOptions options) : IAsyncDisposable, ISearchIndexLag
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ChangeSignal _applied = new();
    private LuceneSearchEngine? _engine;
    private FileStream? _lock;
    private DateTimeOffset _lastCommit = DateTimeOffset.UtcNow;
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;
    private bool _disposed;

    /// <summary>The folder of the index.</summary>
    public string IndexPath { get; } = Path.GetFullPath(indexPath);

    /// <summary>The index, once <see cref="OpenAsync"/> has run; null before.</summary>
    public ISearchEngine? Engine => _engine;

    /// <summary>The last sequence applied and visible to searches (0 before opening).</summary>
    public long AppliedSequence => _engine?.VisibleSequence ?? 0;

    /// <summary>Raised after every round that applied changes and refreshed the searcher.</summary>
    public ChangeSignal Applied => _applied;

    /// <summary>
    /// Opens the index (once) and catches up with the log, rebuilding first when the index cannot be used as it is.
    /// Throws <see cref="SearchIndexBusyException"/> when another process has the index open.
    /// </summary>
    public async Task<ISearchEngine> OpenAsync(IProgress<SearchRebuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (_engine is { } open)
        {
            return open;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_engine is null)
            {
                LuceneSearchEngine engine;
                try
                {
                    _lock ??= Lock(IndexPath);
                    engine = LuceneSearchEngine.Open(IndexPath);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    _openFailure = e.Message;
                    throw;
                }

                try
                {
                    if (engine.IsNew)
                    {
                        await RebuildLockedAsync(engine, progress, cancellationToken);
                    }

                    await CatchUpLockedAsync(engine, progress, cancellationToken);
                    engine.Commit();
                }
                catch (Exception e)
                {
                    engine.Dispose();
                    _openFailure = e is OperationCanceledException ? null : e.Message;
                    throw;
                }

                _openFailure = null;
                _engine = engine;
                _applied.Raise();
            }

            return _engine;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies every change committed so far, refreshes the searcher, and commits when it is time; returns the sequence applied.</summary>
    public async Task<long> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var engine = await OpenAsync(null, cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var before = engine.AppliedSequence;
            await CatchUpLockedAsync((LuceneSearchEngine)engine, null, cancellationToken);
            if (engine.AppliedSequence != before)
            {
                _applied.Raise();
            }

            if (engine.AppliedSequence > engine.CommittedSequence && DateTimeOffset.UtcNow - _lastCommit >= options.CommitInterval)
            {
                engine.Commit();
                _lastCommit = DateTimeOffset.UtcNow;
            }

            return engine.AppliedSequence;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Makes everything applied so far durable now.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        var engine = await OpenAsync(null, cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            engine.Commit();
            _lastCommit = DateTimeOffset.UtcNow;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Empties the index and fills it again from the stored documents, reporting progress; searches read the old state until it is done.</summary>
    public async Task RebuildAsync(IProgress<SearchRebuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var engine = (LuceneSearchEngine)await OpenAsync(progress, cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await RebuildLockedAsync(engine, progress, cancellationToken);
            await CatchUpLockedAsync(engine, progress, cancellationToken);
            engine.Commit();
            _lastCommit = DateTimeOffset.UtcNow;
            _applied.Raise();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Completes once the index has applied <paramref name="sequence"/> or <paramref name="budget"/> has passed, whichever
    /// is first; true when it has.
    /// </summary>
    public async Task<bool> WaitForAsync(long sequence, TimeSpan budget, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(budget);
        try
        {
            while (true)
            {
                var seen = _applied.Count;
                if (AppliedSequence >= sequence)
                {
                    return true;
                }

                await _applied.WaitAsync(seen, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return AppliedSequence >= sequence;
        }
    }

    /// <summary>
    /// Follows the log until <paramref name="cancellationToken"/> fires: catches up whenever the store signals a commit
    /// (this node's or, through the listener, another's) and at least every poll interval; prunes old log entries hourly.
    /// Errors are reported to <paramref name="failed"/> and retried after a pause.
    /// </summary>
    public async Task FollowAsync(Action<Exception>? failed, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var seen = store.Changes.Count;
            try
            {
                await CatchUpAsync(cancellationToken);
                await PruneWhenDueAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not ObjectDisposedException)
            {
                failed?.Invoke(e);
            }

            // Wake on the next commit signal, or after the poll interval; a due commit shortens the wait.
            var wait = _engine is { } engine && engine.AppliedSequence > engine.CommittedSequence ? options.CommitInterval : options.PollInterval;
            using var poll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            poll.CancelAfter(wait);
            try
            {
                await store.Changes.WaitAsync(seen, poll.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Poll.
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // One writer per index across processes: an exclusive lock on a file beside it, held while the node is open. (.NET
    // takes an advisory lock for FileShare.None on Unix; Lucene.Net's own write.lock does not keep another process out.)
    private static FileStream Lock(string indexPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(indexPath)!);
        try
        {
            return new FileStream(indexPath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new SearchIndexBusyException(indexPath, e);
        }
    }

    /// <summary>Commits what was applied and closes the index.</summary>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_engine is { } engine)
            {
                Interlocked.Exchange(ref _closedSequence, engine.VisibleSequence);
                if (engine.AppliedSequence > engine.CommittedSequence)
                {
                    engine.Commit();
                }

                engine.Dispose();
                _engine = null;
            }

            _lock?.Dispose();
            _lock = null;
        }
        finally
        {
            _gate.Release();
        }
    }
}
