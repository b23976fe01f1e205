namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>enum Name { VALUES }</c> (spec §3.9). (https://spec.graphql.org/October2021/#sec-Enums)</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    /// <summary>Value definitions; empty when left to extensions.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Description, Name, Directives, Values);
}
