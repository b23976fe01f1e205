using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>§6.1 GetOperation (https://spec.graphql.org/October2021/#GetOperation()). Thread safe.</summary>
internal static class OperationSelection
{
    /// <summary>The operation to run, or an <see cref="ExecutionErrorCodes.OperationNotFound"/> error.</summary>
    public static OperationDefinitionNode? Select(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        error = null;
        OperationDefinitionNode? selected = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (operationName is null ? selected is null : operation.Name?.Value == operationName)
            {
                selected ??= operation;
            }
        }

        if (operationName is null && count > 1)
        {
            error = GraphQLError.WithCode("The document has several operations: give the name of the one to run as operationName.", ExecutionErrorCodes.OperationNotFound);
            return null;
        }

        if (selected is null)
        {
            error = GraphQLError.WithCode(
                operationName is null ? "The document has no operation to run." : $"The document has no operation named \"{operationName}\".",
                ExecutionErrorCodes.OperationNotFound);
        }

        return selected;
    }
}
