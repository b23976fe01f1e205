namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>One <c>operation: Type</c> entry of a schema definition or extension (spec §3.3.1). (https://spec.graphql.org/October2021/#sec-Root-Operation-Types)</summary>
public sealed class OperationTypeDefinitionNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    /// <summary>The operation kind.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The root object type.</summary>
    public required NamedTypeNode Type { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Type);
}
