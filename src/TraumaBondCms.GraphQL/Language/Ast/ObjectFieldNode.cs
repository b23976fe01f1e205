namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>One <c>name: value</c> entry of an input object literal (spec §2.9.8). (https://spec.graphql.org/October2021/#sec-Input-Object-Values)</summary>
public sealed class ObjectFieldNode : Node
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ObjectField;

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The field value.</summary>
    public required ValueNode Value { get; init; }

    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Name, Value);
}
