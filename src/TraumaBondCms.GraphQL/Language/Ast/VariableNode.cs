namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A variable reference <c>$name</c> (spec §2.10). (https://spec.graphql.org/October2021/#sec-Language.Variables)</summary>
public sealed class VariableNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Variable;

    /// <summary>The variable name, without <c>$</c>.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Name);
}
