namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A type system definition: schema, type or directive (spec §3). (https://spec.graphql.org/October2021/#sec-Type-System)</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
}
