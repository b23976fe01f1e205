namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A string literal (spec §2.9.4), quoted or block. (https://spec.graphql.org/October2021/#sec-String-Value)</summary>
public sealed class StringValueNode : ValueNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.StringValue;

    /// <summary>The decoded value (escapes resolved, block strings dedented).</summary>
    public required string Value { get; init; }

    /// <summary>True when written as a <c>"""</c> block string; the printer keeps the form when it can.</summary>
    public bool IsBlock { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => [];
}
