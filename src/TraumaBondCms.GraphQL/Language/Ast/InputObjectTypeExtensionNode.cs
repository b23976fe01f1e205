namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>extend input Name { fields }</c> (spec §3.10.1). (https://spec.graphql.org/October2021/#sec-Input-Object-Extensions)</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    /// <summary>Added input fields; empty when none.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Name, Directives, Fields);
}
