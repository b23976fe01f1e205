namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>interface Name implements I { fields }</c> (spec §3.7). (https://spec.graphql.org/October2021/#sec-Interfaces)</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    /// <summary>Implemented interfaces; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>Field definitions; empty when the fields are left to extensions.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Description, Name, Interfaces, Directives, Fields);
}
