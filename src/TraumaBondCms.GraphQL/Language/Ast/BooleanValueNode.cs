namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>true</c> or <c>false</c> (spec §2.9.3). (https://spec.graphql.org/October2021/#sec-Boolean-Value)</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.BooleanValue;

    /// <summary>The boolean value.</summary>
    public bool Value { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => [];
}
