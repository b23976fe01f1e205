using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation;

/// <summary>
/// A variable used in an argument, list item or input object field (not its declaration), with what the
/// position expects: the input type (null when unknown, e.g. under an unknown argument) and whether the
/// position has a default value of its own, which §5.8.5 lets stand in for a nullable variable.
/// </summary>
/// <param name="Node">The variable reference, e.g. <c>$id</c>.</param>
/// <param name="Type">The input type expected where the variable is used, or null when unknown.</param>
/// <param name="LocationHasDefault">True when the argument or input field the variable fills defines a default value.</param>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool LocationHasDefault);
