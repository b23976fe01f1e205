namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>extend union Name = C</c> (spec §3.8.1). (https://spec.graphql.org/October2021/#sec-Union-Extensions)</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    /// <summary>Added member types; empty when none.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Name, Directives, Types);
}
