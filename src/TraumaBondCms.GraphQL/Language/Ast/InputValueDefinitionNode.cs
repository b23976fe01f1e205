namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>An argument or input field definition: <c>name: Type = default @directives</c> (spec §3.6.1). (https://spec.graphql.org/October2021/#sec-InputValueDefinition)</summary>
public sealed class InputValueDefinitionNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The argument or field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The input type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The constant default value, or null when none.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>Directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Description, Name, Type, DefaultValue, Directives);
}
