namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// The parameters of one GraphQL request (https://graphql.github.io/graphql-over-http/draft/#sec-Request-Parameters).
/// Variable and extension values are plain .NET values or <see cref="System.Text.Json.JsonElement"/>s (as the HTTP
/// endpoint passes them); they must stay valid until execution finishes. Immutable.
/// </summary>
/// <param name="Query">The document text; null when a persisted query hash stands in for it.</param>
/// <param name="OperationName">The operation to run when the document has several (§6.1), or null.</param>
/// <param name="Variables">Variable values by name, or null for none (§6.1.2).</param>
/// <param name="Extensions">Request extensions such as <c>persistedQuery</c>, or null.</param>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null);
