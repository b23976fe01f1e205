namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// Loads many keys in one call for a <see cref="DataLoader{TKey, TValue}"/>: receives the distinct keys queued
/// during one wave of execution and returns the value of each key found. Keys left out of the result load as
/// <c>default</c> (null). Throwing fails every key of the batch. It must not wait for other loaders: the
/// executor starts the next wave only after this one returns. Must be thread safe.
/// </summary>
/// <param name="keys">The distinct keys, in the order they were first requested; never empty.</param>
/// <param name="cancellationToken">Cancelled when the request is aborted.</param>
public delegate Task<IReadOnlyDictionary<TKey, TValue>> BatchLoader<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;
