namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// The batching loaders of one request, by name, and the signal the executor waits on when resolvers queue
/// keys from other threads. Thread safe.
/// </summary>
internal sealed class DataLoaderRegistry(CancellationToken cancellationToken)
{
    private readonly Dictionary<string, IBatchDispatcher> _loaders = new(StringComparer.Ordinal);
    private readonly List<IBatchDispatcher> _ordered = [];
    private TaskCompletionSource _keysQueued = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool HasPendingKeys
    {
        get
        {
            lock (_loaders)
            {
                return _ordered.Exists(loader => loader.HasQueuedKeys);
            }
        }
    }

    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, BatchLoader<TKey, TValue> batch)
        where TKey : notnull
    {
        lock (_loaders)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as DataLoader<TKey, TValue>
                    ?? throw new InvalidOperationException($"The loader \"{name}\" was first created with other key or value types.");
            }

            var loader = new DataLoader<TKey, TValue>(batch, this);
            _loaders[name] = loader;
            _ordered.Add(loader);
            return loader;
        }
    }

    /// <summary>A task that completes when a key is queued after this call (or already was since the last wave).</summary>
    public Task WaitForKeysAsync()
    {
        lock (_loaders)
        {
            if (_keysQueued.Task.IsCompleted)
            {
                _keysQueued = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return _keysQueued.Task;
        }
    }

    public void OnKeysQueued()
    {
        lock (_loaders)
        {
            _keysQueued.TrySetResult();
        }
    }

    /// <summary>One wave: every loader with queued keys runs its batch; loads complete as their batch returns.</summary>
    public Task DispatchAsync()
    {
        IBatchDispatcher[] ready;
        lock (_loaders)
        {
            ready = _ordered.Where(loader => loader.HasQueuedKeys).ToArray();
        }

        return ready.Length == 1 ? ready[0].DispatchAsync(cancellationToken) : Task.WhenAll(ready.Select(loader => loader.DispatchAsync(cancellationToken)));
    }
}
