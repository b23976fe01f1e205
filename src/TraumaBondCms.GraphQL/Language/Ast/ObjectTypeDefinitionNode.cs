namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>type Name implements I { fields }</c> (spec §3.6). (https://spec.graphql.org/October2021/#sec-Objects)</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    /// <summary>Implemented interfaces; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>Field definitions; empty when the fields are left to extensions.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Description, Name, Interfaces, Directives, Fields);
}
