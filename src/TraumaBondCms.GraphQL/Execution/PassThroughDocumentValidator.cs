using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// Accepts every document. Stands in until the spec §5 validator is wired in; execution tolerates invalid
/// documents (unknown fields are skipped, bad arguments become field errors) but does not report what §5 would.
/// Thread safe.
/// </summary>
public sealed class PassThroughDocumentValidator : IDocumentValidator
{
    /// <summary>The shared instance.</summary>
    public static PassThroughDocumentValidator Instance { get; } = new();

    /// <summary>Always empty.</summary>
    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) => [];
}
