namespace TraumaBondCms.Data;

/// <summary>
/// A counter that rises whenever the database may have changed: after each commit by this store instance (before
/// <see cref="IStoreSession.CommitAsync"/> returns), and whenever <see cref="ICmsStore.ListenForChangesAsync"/> learns
/// that another process committed (PostgreSQL <c>NOTIFY</c>, SQLite's <c>data_version</c>). It may rise without a
/// change (a reconnect raises it, since notifications may have been missed), never the other way round: a reader
/// that saw the same count before and after reading knows nothing it was told about changed in between.
/// Thread-safe.
/// </summary>
public sealed class ChangeSignal
{
    private long _count;
    private TaskCompletionSource _next = NewSource();

    /// <summary>How many times the signal has been raised.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Raises the signal: <see cref="Count"/> rises and every waiter is released.</summary>
    public void Raise()
    {
        // Count first: a waiter that takes the new task afterwards is sure to see the new count.
        Interlocked.Increment(ref _count);
        Interlocked.Exchange(ref _next, NewSource()).TrySetResult();
    }

    /// <summary>
    /// Completes with the current <see cref="Count"/> as soon as it is above <paramref name="seen"/> (at once when it
    /// already is); throws <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires first.
    /// </summary>
    public async Task<long> WaitAsync(long seen, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            // Take the task before reading the count: a raise in between completes the task taken, so none is missed.
            var next = Volatile.Read(ref _next).Task;
            var count = Count;
            if (count > seen)
            {
                return count;
            }

            await next.WaitAsync(cancellationToken);
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
