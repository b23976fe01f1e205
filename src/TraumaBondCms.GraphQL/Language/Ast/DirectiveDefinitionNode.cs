namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>directive @name(args) repeatable on LOCATIONS</c> (spec §3.13). (https://spec.graphql.org/October2021/#sec-Type-System.Directives)</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The directive name, without <c>@</c>.</summary>
    public required NameNode Name { get; init; }

    /// <summary>Argument definitions; empty when none.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>True when declared <c>repeatable</c>.</summary>
    public bool IsRepeatable { get; init; }

    /// <summary>The location names (e.g. <c>FIELD</c>), each a valid <see cref="DirectiveLocation"/> name when parsed.</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Description, Name, Arguments, Locations);
}
