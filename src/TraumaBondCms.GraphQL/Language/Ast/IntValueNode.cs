namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>An integer literal (spec §2.9.1); kept as source text so no precision is lost. (https://spec.graphql.org/October2021/#sec-Int-Value)</summary>
public sealed class IntValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.IntValue;

    /// <summary>The literal text, e.g. <c>-42</c>.</summary>
    public required string Value { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => [];
}
