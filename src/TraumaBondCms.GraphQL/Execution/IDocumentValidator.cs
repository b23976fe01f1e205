using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// Checks an executable document against a schema (https://spec.graphql.org/October2021/#sec-Validation) before
/// it is executed. <see cref="GraphQLExecutor"/> caches the verdict with the parsed document, per schema.
/// Implementations must be thread safe and deterministic.
/// </summary>
public interface IDocumentValidator
{
    /// <summary>Every validation error of <paramref name="document"/>; empty when it is valid.</summary>
    IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document);
}
