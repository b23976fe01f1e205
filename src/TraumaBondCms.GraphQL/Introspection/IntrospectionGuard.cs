using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Introspection;

/// <summary>
/// Enforces a disabled introspection: finds a <c>__schema</c> or <c>__type</c> selection in the operation, its
/// fragments included. <c>__typename</c> stays allowed: clients need it to read abstract types. Thread safe.
/// </summary>
internal static class IntrospectionGuard
{
    /// <summary>An <see cref="ExecutionErrorCodes.IntrospectionDisabled"/> error at the first introspection field, or null when there is none.</summary>
    public static GraphQLError? Check(DocumentNode document, OperationDefinitionNode operation)
    {
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case FieldNode { Name.Value: "__schema" or "__type" } field:
                        return GraphQLError.WithCode(
                            "Introspection is disabled on this server.",
                            ExecutionErrorCodes.IntrospectionDisabled,
                            field.Location is { } location ? [location.StartLocation] : null);
                    case FieldNode { SelectionSet: { } selectionSet }:
                        pending.Push(selectionSet);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                        pending.Push(fragment.SelectionSet);
                        break;
                }
            }
        }

        return null;
    }
}
