namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary><c>scalar Name</c> (spec §3.5). (https://spec.graphql.org/October2021/#sec-Scalars)</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;


    /// <inheritdoc/>
    public override IEnumerable<Node> Children => Flatten(Description, Name, Directives);
}
