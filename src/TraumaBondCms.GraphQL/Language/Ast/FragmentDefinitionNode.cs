namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A named fragment: <c>fragment Name on Type { ... }</c> (spec §2.8). (https://spec.graphql.org/October2021/#sec-Fragments)</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <summary>The fragment name (never <c>on</c>).</summary>
    public required NameNode Name { get; init; }

    /// <summary>The type the fragment applies to.</summary>
    public required NamedTypeNode TypeCondition { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Name, TypeCondition, Directives, SelectionSet);
}
