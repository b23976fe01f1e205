namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>One value of an enum definition (spec §3.9). (https://spec.graphql.org/October2021/#sec-EnumValuesDefinition)</summary>
public sealed class EnumValueDefinitionNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The value name (never <c>true</c>, <c>false</c> or <c>null</c>).</summary>
    public required NameNode Name { get; init; }

    /// <summary>Directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Description, Name, Directives);
}
