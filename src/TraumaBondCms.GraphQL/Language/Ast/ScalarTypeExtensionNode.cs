namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>extend scalar Name @directives</c> (spec §3.5.1). (https://spec.graphql.org/October2021/#sec-Scalar-Extensions)</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;


    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Name, Directives);
}
