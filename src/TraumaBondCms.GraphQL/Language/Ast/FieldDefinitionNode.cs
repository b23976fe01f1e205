namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A field of an object or interface type: <c>name(args): Type @directives</c> (spec §3.6). (https://spec.graphql.org/October2021/#sec-FieldsDefinition)</summary>
public sealed class FieldDefinitionNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.FieldDefinition;

    /// <summary>The description, or null.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>Argument definitions; empty when none.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>The output type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>Directives; empty when none.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Description, Name, Arguments, Type, Directives);
}
