namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>A type reference (spec §2.11). (https://spec.graphql.org/October2021/#sec-Type-References)</summary>
public abstract class TypeNode : Node
{
}
