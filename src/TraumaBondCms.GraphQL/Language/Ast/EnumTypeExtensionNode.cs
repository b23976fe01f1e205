namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>extend enum Name { VALUES }</c> (spec §3.9.1). (https://spec.graphql.org/October2021/#sec-Enum-Extensions)</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    /// <summary>Added values; empty when none.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Name, Directives, Values);
}
