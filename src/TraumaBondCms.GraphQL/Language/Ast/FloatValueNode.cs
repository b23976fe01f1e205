namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A float literal (spec §2.9.2); kept as source text so no precision is lost. (https://spec.graphql.org/October2021/#sec-Float-Value)</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FloatValue;

    /// <summary>The literal text, e.g. <c>1.5e3</c>.</summary>
    public required string Value { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => [];
}
