using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// A value could not be coerced to or from a GraphQL type (§3.5 input and result coercion, §3.10 input object
/// coercion). Validation and execution turn it into a GraphQL error, adding the variable, argument or field context.
/// </summary>
public sealed class ValueCoercionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, e.g. <c>Int cannot represent non-integer value: 1.5.</c></param>
    public ValueCoercionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the location inside the coerced value and the offending literal.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="path">Field names and list indices leading to the bad part of an input value; empty for the value itself.</param>
    /// <param name="node">The offending literal when coercing a literal, otherwise null.</param>
    public ValueCoercionException(string message, IReadOnlyList<object> path, ValueNode? node = null)
        : base(message)
    {
        Path = path;
        Node = node;
    }

    /// <summary>Field names (<see cref="string"/>) and list indices (<see cref="int"/>) leading to the bad part of the value; empty for the value itself.</summary>
    public IReadOnlyList<object> Path { get; } = [];

    /// <summary>The offending literal when coercing a literal (its location goes into the GraphQL error), otherwise null.</summary>
    public ValueNode? Node { get; }
}
