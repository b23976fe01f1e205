namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A top-level definition of a document (spec §2.2). (https://spec.graphql.org/October2021/#sec-Document)</summary>
public abstract class DefinitionNode : Node
{
}
