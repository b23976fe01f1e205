namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>union Name = A | B</c> (spec §3.8). (https://spec.graphql.org/October2021/#sec-Unions)</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    /// <summary>Member types; empty when left to extensions.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Description, Name, Directives, Types);
}
