namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A braced list of selections (spec §2.4). (https://spec.graphql.org/October2021/#sec-Selection-Sets)</summary>
public sealed class SelectionSetNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.SelectionSet;

    /// <summary>The selections in source order; never empty when parsed.</summary>
    public required IReadOnlyList<SelectionNode> Selections { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Selections);
}
