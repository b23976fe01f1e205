namespace TraumaBondCms.GraphQL.Errors;

/// <summary>
/// Stable values of <c>extensions.code</c> on GraphQL errors. Clients and tests match on these strings,
/// so they never change once published; new codes are added here.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax (spec §2), for any reason other than a limit below.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>
    /// The document parsed but breaks a validation rule of spec §5; <c>extensions.rule</c> names the rule
    /// (see <c>Validation.SpecifiedRules</c>).
    /// </summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The document is larger, in UTF-8 bytes, than <c>ParserOptions.MaxDocumentSizeBytes</c>.</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>The document has more lexical tokens than <c>ParserOptions.MaxTokens</c>.</summary>
    public const string TooManyTokens = "TOO_MANY_TOKENS";

    /// <summary>Selection sets, list/object values or list types nest deeper than <c>ParserOptions.MaxDepth</c>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
}
