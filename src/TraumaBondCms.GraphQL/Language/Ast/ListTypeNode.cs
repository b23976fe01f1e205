namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A list type reference <c>[Type]</c> (spec §2.11). (https://spec.graphql.org/October2021/#sec-Type-References)</summary>
public sealed class ListTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ListType;

    /// <summary>The item type.</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Type);
}
