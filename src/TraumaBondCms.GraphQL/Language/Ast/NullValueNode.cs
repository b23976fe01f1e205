namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>The literal <c>null</c> (spec §2.9.5). (https://spec.graphql.org/October2021/#sec-Null-Value)</summary>
public sealed class NullValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.NullValue;


    /// <inheritdoc/>
    public override IEnumerable<Node> Children => [];
}
