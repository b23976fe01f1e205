using Microsoft.AspNetCore.Http;
using TraumaBondCms.GraphQL.Execution;

namespace TraumaBondCms.GraphQL.Http;

/// <summary>How the GraphQL HTTP endpoint reads requests and runs them. Immutable; share one instance.</summary>
public sealed record GraphQLHttpOptions
{
    /// <summary>
    /// Validation, limits, introspection, caching and persisted queries. When its <c>OnUnhandledException</c> is
    /// null, <c>MapGraphQL</c> logs resolver exceptions through <c>ILogger</c>. Default: <c>new GraphQLExecutorOptions()</c>.
    /// </summary>
    public GraphQLExecutorOptions Executor { get; init; } = new();

    /// <summary>The largest POST body read, in bytes; larger bodies get 413. Default 1 MiB.</summary>
    public long MaxRequestBodyBytes { get; init; } = 1_048_576;

    /// <summary>False to answer GET with 405 (POST only). Default true: GET runs queries, never mutations.</summary>
    public bool AllowGet { get; init; } = true;

    /// <summary>
    /// Builds the per-request context resolvers read with <c>context.GetRequestContext&lt;T&gt;()</c> (the user,
    /// tenant, request services...); null for none. Called once per request before execution.
    /// </summary>
    public Func<HttpContext, ValueTask<object?>>? RequestContextFactory { get; init; }
}
