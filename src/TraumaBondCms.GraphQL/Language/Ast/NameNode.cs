namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A name (spec §2.1.9). (https://spec.graphql.org/October2021/#sec-Names)</summary>
public sealed class NameNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Name;

    /// <summary>The name text.</summary>
    public required string Value { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => [];
}
