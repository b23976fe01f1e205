namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>An inline fragment <c>... on Type @directives { ... }</c> (spec §2.8.2). (https://spec.graphql.org/October2021/#sec-Inline-Fragments)</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.InlineFragment;

    /// <summary>The type condition, or null when the fragment applies to the enclosing type.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    /// <summary>The selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(TypeCondition, Directives, SelectionSet);
}
