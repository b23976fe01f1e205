namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>extend interface Name implements I { fields }</c> (spec §3.7.1). (https://spec.graphql.org/October2021/#sec-Interface-Extensions)</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    /// <summary>Added interfaces; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>Added fields; empty when none.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Name, Interfaces, Directives, Fields);
}
