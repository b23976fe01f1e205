namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>extend type Name implements I { fields }</c> (spec §3.6.3). (https://spec.graphql.org/October2021/#sec-Object-Extensions)</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    /// <summary>Added interfaces; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>Added fields; empty when none.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Name, Interfaces, Directives, Fields);
}
