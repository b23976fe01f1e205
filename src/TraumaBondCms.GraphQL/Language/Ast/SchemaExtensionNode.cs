namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>extend schema @directives { query: Q }</c> (spec §3.3.2). (https://spec.graphql.org/October2021/#sec-Schema-Extension)</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.SchemaExtension;

    /// <summary>Added directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>Added root operation types; empty when none.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Directives, OperationTypes);
}
