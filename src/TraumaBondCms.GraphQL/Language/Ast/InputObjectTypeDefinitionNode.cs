namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>input Name { fields }</c> (spec §3.10). (https://spec.graphql.org/October2021/#sec-Input-Objects)</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    /// <summary>Input field definitions; empty when left to extensions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Description, Name, Directives, Fields);
}
