namespace TraumaBondCms.GraphQL.Execution;

/// <summary>A loader the executor can ask to run its queued keys as one batch. Implemented by <see cref="DataLoader{TKey, TValue}"/>.</summary>
internal interface IBatchDispatcher
{
    /// <summary>True when keys wait for the next batch.</summary>
    bool HasQueuedKeys { get; }

    /// <summary>Runs one batch with the keys queued so far and completes their loads.</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
