using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Execution;

/// <summary>A stand-in validator that rejects documents mentioning "rejected" (a field or alias), to test how the pipeline reports validation errors.</summary>
internal sealed class RejectingValidator : IDocumentValidator
{
    public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) =>
        document.ToString().Contains("rejected", StringComparison.Ordinal)
            ? [GraphQLError.WithCode("The document was rejected.", "GRAPHQL_VALIDATION_FAILED")]
            : [];
}
