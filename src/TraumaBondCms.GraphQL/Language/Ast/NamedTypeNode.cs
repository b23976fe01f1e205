namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A reference to a named type (spec §2.11). (https://spec.graphql.org/October2021/#sec-Type-References)</summary>
public sealed class NamedTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.NamedType;

    /// <summary>The type name.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Name);
}
