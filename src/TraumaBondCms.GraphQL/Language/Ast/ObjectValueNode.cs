namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>An input object literal <c>{a: 1}</c> (spec §2.9.8). (https://spec.graphql.org/October2021/#sec-Input-Object-Values)</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectValue;

    /// <summary>The fields in source order; empty for <c>{}</c>.</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Fields);
}
