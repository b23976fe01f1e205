namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>An extension of a named type (spec §3.4.3). (https://spec.graphql.org/October2021/#sec-Type-Extensions)</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    /// <summary>The name of the extended type.</summary>
    public required NameNode Name { get; init; }

    /// <summary>Added directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
