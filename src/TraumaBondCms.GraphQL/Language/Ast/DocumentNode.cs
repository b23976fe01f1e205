namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A whole GraphQL document: one or more definitions (spec §2.2). (https://spec.graphql.org/October2021/#sec-Document)</summary>
public sealed class DocumentNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Document;

    /// <summary>The definitions in source order; never empty when parsed.</summary>
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Definitions);
}
