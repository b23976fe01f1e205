namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A selection in a selection set: a field, fragment spread or inline fragment (spec §2.4). (https://spec.graphql.org/October2021/#sec-Selection-Sets)</summary>
public abstract class SelectionNode : Node
{
    /// <summary>Directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
