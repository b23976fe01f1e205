namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>An input value literal (spec §2.9). (https://spec.graphql.org/October2021/#sec-Input-Values)</summary>
public abstract class ValueNode : Node
{
}
