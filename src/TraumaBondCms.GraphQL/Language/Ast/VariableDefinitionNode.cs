namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A variable declaration <c>$name: Type = default @directives</c> (spec §2.10). (https://spec.graphql.org/October2021/#sec-Language.Variables)</summary>
public sealed class VariableDefinitionNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.VariableDefinition;

    /// <summary>The declared variable.</summary>
    public required VariableNode Variable { get; init; }

    /// <summary>The declared input type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The constant default value, or null when none is given.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <summary>Directives on the definition; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Variable, Type, DefaultValue, Directives);
}
