namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// What the host gives one request besides its parameters: the services and per-request context resolvers
/// can reach, the root value, and whether mutations may run (false for HTTP GET). Immutable.
/// </summary>
public sealed record ExecutionScope
{
    /// <summary>A scope with no services, no context and mutations allowed.</summary>
    public static ExecutionScope Empty { get; } = new();

    /// <summary>The request's services, exposed as <c>IResolveFieldContext.Services</c>; null means an empty provider.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The per-request value built by the host (user, tenant, ...), read by resolvers with <c>context.GetRequestContext&lt;T&gt;()</c>; may be null.</summary>
    public object? RequestContext { get; init; }

    /// <summary>The source value of root fields (§6.2 initialValue); usually null.</summary>
    public object? RootValue { get; init; }

    /// <summary>False to refuse mutations with <see cref="ExecutionErrorCodes.OperationNotAllowed"/> (GraphQL-over-HTTP forbids them over GET). Default true.</summary>
    public bool AllowMutations { get; init; } = true;
}
