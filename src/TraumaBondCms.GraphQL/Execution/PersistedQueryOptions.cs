namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// Turns on Apollo's automatic persisted queries: a request may carry
/// <c>extensions.persistedQuery = {"version": 1, "sha256Hash": "..."}</c> with or without its query text. Immutable.
/// </summary>
public sealed record PersistedQueryOptions
{
    /// <summary>Where query texts are kept by hash. Default: a new <see cref="InMemoryPersistedQueryStore"/>.</summary>
    public IPersistedQueryStore Store { get; init; } = new InMemoryPersistedQueryStore();

    /// <summary>
    /// True to run only queries registered ahead of time (an allow-list): clients may not register new ones, and a
    /// query text whose hash is not registered is refused with <see cref="ExecutionErrorCodes.PersistedQueryNotAllowed"/>.
    /// Default false.
    /// </summary>
    public bool OnlyRegisteredQueries { get; init; }
}
