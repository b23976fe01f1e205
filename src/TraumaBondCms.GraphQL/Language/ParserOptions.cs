namespace TraumaBondCms.GraphQL.Language;

/// <summary>
/// Limits that keep a hostile document from costing unbounded memory, time or stack. Exceeding a limit
/// throws <see cref="GraphQLSyntaxException"/> with a dedicated code (see <see cref="Errors.ErrorCodes"/>).
/// Immutable and thread safe; share one instance.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>Limits for untrusted requests: 1 MiB, 15,000 tokens, nesting depth 64.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// Limits for trusted text such as schema SDL written by the application: no size or token limit, depth
    /// 1,000. The parser still refuses nesting that would exhaust the thread's stack.
    /// </summary>
    public static ParserOptions Trusted { get; } = new()
    {
        MaxDocumentSizeBytes = int.MaxValue,
        MaxTokens = int.MaxValue,
        MaxDepth = 1_000,
    };

    /// <summary>
    /// Largest accepted document, in UTF-8 bytes (default 1,048,576 = 1 MiB). Larger documents fail with
    /// <c>DOCUMENT_TOO_LARGE</c> before any lexing. Must be positive.
    /// </summary>
    public int MaxDocumentSizeBytes { get; init; } = 1_048_576;

    /// <summary>
    /// Most lexical tokens accepted (default 15,000; ignored tokens such as comments and commas do not count).
    /// The parse fails with <c>TOO_MANY_TOKENS</c> on the first token past the limit. Must be positive.
    /// </summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// Deepest accepted nesting of selection sets, list/object values and list type references together
    /// (default 64). Checked before descending, so deep documents fail with <c>MAX_DEPTH_EXCEEDED</c>
    /// instead of overflowing the stack. Must be positive.
    /// </summary>
    public int MaxDepth { get; init; } = 64;
}
