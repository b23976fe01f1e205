namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A type system extension: schema or type extension (spec §3). (https://spec.graphql.org/October2021/#sec-Type-System-Extensions)</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
}
