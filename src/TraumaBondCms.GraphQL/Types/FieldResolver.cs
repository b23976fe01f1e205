namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// Produces the value of a field for one source object (§6.4.2 ResolveFieldValue). May complete synchronously.
/// Must be thread safe: one resolver serves concurrent requests. Throwing produces a field error.
/// </summary>
/// <param name="context">The source object, coerced arguments and request services.</param>
public delegate ValueTask<object?> FieldResolver(IResolveFieldContext context);
