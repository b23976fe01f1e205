namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>An operation: <c>query</c>, <c>mutation</c> or <c>subscription</c>, or the query shorthand <c>{ ... }</c> (spec §2.3). (https://spec.graphql.org/October2021/#sec-Language.Operations)</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.OperationDefinition;

    /// <summary>Which kind of operation; <see cref="OperationType.Query"/> for the shorthand.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The operation name, or null for an anonymous operation.</summary>
    public NameNode? Name { get; init; }

    /// <summary>Declared variables; empty when none.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Name, VariableDefinitions, Directives, SelectionSet);
}
