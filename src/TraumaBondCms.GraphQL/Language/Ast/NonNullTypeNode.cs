namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A non-null type reference <c>Type!</c> (spec §2.11); wraps a named or list type, never another non-null. (https://spec.graphql.org/October2021/#sec-Type-References)</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.NonNullType;

    /// <summary>The wrapped nullable type.</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Type);
}
