namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A list literal <c>[a, b]</c> (spec §2.9.7). (https://spec.graphql.org/October2021/#sec-List-Value)</summary>
public sealed class ListValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ListValue;

    /// <summary>The items; empty for <c>[]</c>.</summary>
    public IReadOnlyList<ValueNode> Values { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Values);
}
