namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A named type definition (spec §3.4). (https://spec.graphql.org/October2021/#sec-Types)</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The type name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>Directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
