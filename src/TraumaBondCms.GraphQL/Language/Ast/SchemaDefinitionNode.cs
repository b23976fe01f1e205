namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>schema { query: Q ... }</c> (spec §3.3). (https://spec.graphql.org/October2021/#sec-Schema)</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>Directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The root operation types.</summary>
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Description, Directives, OperationTypes);
}
