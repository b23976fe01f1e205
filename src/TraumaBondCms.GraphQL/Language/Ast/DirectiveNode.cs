namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A directive application <c>@name(args)</c> (spec §2.12). (https://spec.graphql.org/October2021/#sec-Language.Directives)</summary>
public sealed class DirectiveNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Directive;

    /// <summary>The directive name, without <c>@</c>.</summary>
    public required NameNode Name { get; init; }

    /// <summary>Arguments; empty when none.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Name, Arguments);
}
