namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A field selection <c>alias: name(args) @directives { ... }</c> (spec §2.5). (https://spec.graphql.org/October2021/#sec-Language.Fields)</summary>
public sealed class FieldNode : SelectionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Field;

    /// <summary>The alias, or null when the response key is the field name.</summary>
    public NameNode? Alias { get; init; }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>Arguments in source order; empty when none.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    /// <summary>The sub-selection, or null for a leaf field.</summary>
    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key of this field in the response: the alias when given, otherwise the name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Alias, Name, Arguments, Directives, SelectionSet);
}
