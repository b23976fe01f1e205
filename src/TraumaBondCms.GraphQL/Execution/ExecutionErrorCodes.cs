namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// Stable values of <c>extensions.code</c> raised by execution, introspection, limits, persisted queries and
/// the HTTP endpoint (parse and depth codes live in <see cref="Errors.ErrorCodes"/>). Clients match on these
/// strings, so they never change once published.
/// </summary>
public static class ExecutionErrorCodes
{
    /// <summary>A resolver threw an exception that is not a <see cref="GraphQLException"/>; its message is hidden from the client.</summary>
    public const string InternalError = "INTERNAL_ERROR";

    /// <summary>The request is not a well-formed GraphQL-over-HTTP request (bad JSON, a parameter of the wrong type, no query).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>No operation could be chosen (§6.1 GetOperation): none in the document, an unknown name, or several without a name.</summary>
    public const string OperationNotFound = "OPERATION_NOT_FOUND";

    /// <summary>A mutation was sent where only queries may run (GraphQL-over-HTTP: over GET); the HTTP endpoint answers 405.</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    /// <summary>The operation type cannot run: a subscription, or a root type the schema does not have.</summary>
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";

    /// <summary>A variable value is missing or cannot be coerced to its declared type (§6.1.2).</summary>
    public const string InvalidVariables = "INVALID_VARIABLES";

    /// <summary>The document selects <c>__schema</c> or <c>__type</c> while introspection is disabled.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>The operation uses more aliases than <c>QueryLimits.MaxAliases</c>.</summary>
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    /// <summary>The operation's estimated cost is above <c>QueryLimits.MaxCost</c>.</summary>
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";

    /// <summary>Execution stopped because the response grew past <c>GraphQLExecutorOptions.MaxResponseBytes</c>; the response has <c>data: null</c>.</summary>
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";

    /// <summary>A persisted query hash is not registered (the client should resend it with its text).</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The SHA-256 hash given in the <c>persistedQuery</c> extension is not the hash of the query text.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>Only pre-registered queries are allowed and this one is not registered.</summary>
    public const string PersistedQueryNotAllowed = "PERSISTED_QUERY_NOT_ALLOWED";

    /// <summary>The <c>persistedQuery</c> extension was sent but persisted queries are off, or its version is not 1.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
}
