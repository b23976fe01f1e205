namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>An enum literal: a name other than <c>true</c>, <c>false</c> or <c>null</c> (spec §2.9.6). (https://spec.graphql.org/October2021/#sec-Enum-Value)</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumValue;

    /// <summary>The enum value name.</summary>
    public required string Value { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => [];
}
