namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A fragment spread <c>...Name @directives</c> (spec §2.8). (https://spec.graphql.org/October2021/#sec-Fragments)</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FragmentSpread;

    /// <summary>The name of the spread fragment.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Name, Directives);
}
