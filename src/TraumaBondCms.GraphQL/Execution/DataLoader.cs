namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// A per-request batching loader (the DataLoader pattern): <see cref="LoadAsync"/> queues a key and returns a
/// task; the executor calls the batch function once for all keys queued by sibling and cousin resolvers when
/// execution can make no further progress without them (one "wave"), so N items loading a relation cost one
/// call per depth level instead of N. Results are cached per key for the rest of the request. Obtain one with
/// <c>context.Loader(name, batch)</c>; awaiting a load outside the executor that created it never completes.
/// Thread safe.
/// </summary>
/// <typeparam name="TKey">The key type; compared with its default equality.</typeparam>
/// <typeparam name="TValue">The loaded value type.</typeparam>
public sealed class DataLoader<TKey, TValue> : IBatchDispatcher
    where TKey : notnull
{
    private readonly BatchLoader<TKey, TValue> _batch;
    private readonly DataLoaderRegistry _registry;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _loads = [];
    private readonly object _lock = new();
    private List<TKey> _queued = [];

    internal DataLoader(BatchLoader<TKey, TValue> batch, DataLoaderRegistry registry)
    {
        _batch = batch;
        _registry = registry;
    }

    /// <summary>The number of calls made to the batch function so far in this request.</summary>
    public int BatchCount { get; private set; }

    /// <inheritdoc/>
    bool IBatchDispatcher.HasQueuedKeys
    {
        get
        {
            lock (_lock)
            {
                return _queued.Count > 0;
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>: cached when already loaded in this request, otherwise loaded with the next batch.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        TaskCompletionSource<TValue?>? load;
        bool first;
        lock (_lock)
        {
            if (_loads.TryGetValue(key, out load))
            {
                return load.Task;
            }

            // Completing the task runs its awaiters inline, so a wave unblocks all resolvers before the next one starts.
            load = new TaskCompletionSource<TValue?>();
            _loads[key] = load;
            _queued.Add(key);
            first = _queued.Count == 1;
        }

        if (first)
        {
            _registry.OnKeysQueued();
        }

        return load.Task;
    }

    /// <summary>The values of several keys, in the order given.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return await Task.WhenAll(keys.Select(LoadAsync).ToArray()).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    async Task IBatchDispatcher.DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        lock (_lock)
        {
            keys = _queued;
            _queued = [];
            if (keys.Count == 0)
            {
                return;
            }

            BatchCount++;
        }

        IReadOnlyDictionary<TKey, TValue>? values = null;
        Exception? failure = null;
        try
        {
            values = await _batch(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        var loads = new TaskCompletionSource<TValue?>[keys.Count];
        lock (_lock)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                loads[i] = _loads[keys[i]];
            }
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (failure is not null)
            {
                loads[i].TrySetException(failure);
            }
            else
            {
                loads[i].TrySetResult(values is not null && values.TryGetValue(keys[i], out var value) ? value : default);
            }
        }
    }
}
