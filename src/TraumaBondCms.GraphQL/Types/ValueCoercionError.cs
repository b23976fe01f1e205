using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>One problem found by <see cref="ValueCoercion.ValidateLiteral"/>: a message and the offending literal (for its location).</summary>
/// <param name="Message">What is wrong, e.g. <c>Expected value of type "Int!", found null.</c></param>
/// <param name="Node">The literal the problem is about.</param>
public sealed record ValueCoercionError(string Message, ValueNode Node);
