using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Limits;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>How a <see cref="GraphQLExecutor"/> prepares and runs requests. Immutable; share one instance.</summary>
public sealed record GraphQLExecutorOptions
{
    /// <summary>Validates documents before they run (spec §5). Default: every specified rule (<see cref="Validation.SpecDocumentValidator"/>).</summary>
    public IDocumentValidator Validator { get; init; } = Validation.SpecDocumentValidator.Instance;

    /// <summary>Limits for parsing untrusted query text. Default: <see cref="ParserOptions.Default"/>.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>Depth, alias and cost limits checked before execution. Default: <see cref="QueryLimits.Default"/>.</summary>
    public QueryLimits Limits { get; init; } = QueryLimits.Default;

    /// <summary>
    /// The largest response, in bytes of JSON (estimated as values complete, strings counted by their length), that
    /// execution may build; past it, execution stops (resolvers see their token cancelled) and the response is
    /// <c>data: null</c> with <see cref="ExecutionErrorCodes.ResponseTooLarge"/>. A guard behind the cost limit, which
    /// cannot see how long strings are. Null for no guard. Default null.
    /// </summary>
    public long? MaxResponseBytes { get; init; }

    /// <summary>False to refuse <c>__schema</c> and <c>__type</c> with <see cref="ExecutionErrorCodes.IntrospectionDisabled"/>. Default true.</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>
    /// Parsed-and-validated documents by query text; null to parse and validate every request. Default: a new cache
    /// of 1,000 documents per options instance. Copies made with <c>with</c> share it, so give a copy with another
    /// validator or other limits its own cache.
    /// </summary>
    public DocumentCache? DocumentCache { get; init; } = new();

    /// <summary>Apollo persisted queries; null to refuse the <c>persistedQuery</c> extension. Default null.</summary>
    public PersistedQueryOptions? PersistedQueries { get; init; }

    /// <summary>
    /// Called with each exception a resolver threw that is not a <see cref="GraphQLException"/>, and the
    /// "Internal error" reported in its place; for logging. Must be thread safe and must not throw. Default null.
    /// </summary>
    public Action<Exception, GraphQLError>? OnUnhandledException { get; init; }
}
