using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// What a <see cref="FieldResolver"/> gets to work with (§6.4.2). Implemented by the execution engine, one
/// instance per field resolution; valid only while the resolver runs.
/// </summary>
public interface IResolveFieldContext
{
    /// <summary>The parent object's value (the root value for root fields); may be null.</summary>
    object? Source { get; }

    /// <summary>Coerced argument values by name (§6.4.1); an argument that was neither given nor defaulted is absent.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The definition of the field being resolved.</summary>
    FieldDefinition FieldDefinition { get; }

    /// <summary>The object type the field is resolved on.</summary>
    ObjectType ParentType { get; }

    /// <summary>The field selections merged into this response key; at least one.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The response path of this field: field names (<see cref="string"/>) and list indices (<see cref="int"/>).</summary>
    IReadOnlyList<object> Path { get; }

    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The request's service provider (scoped services of the request).</summary>
    IServiceProvider Services { get; }

    /// <summary>Cancelled when the request is aborted or times out.</summary>
    CancellationToken CancellationToken { get; }
}
