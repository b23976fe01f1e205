namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>An argument <c>name: value</c> of a field or directive (spec §2.6). (https://spec.graphql.org/October2021/#sec-Language.Arguments)</summary>
public sealed class ArgumentNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Argument;

    /// <summary>The argument name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument value.</summary>
    public required ValueNode Value { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Name, Value);
}
