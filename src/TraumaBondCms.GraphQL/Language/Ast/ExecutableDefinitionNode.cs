namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>An executable definition: an operation or a fragment (spec §2.2). (https://spec.graphql.org/October2021/#sec-Document)</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    /// <summary>Directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}
