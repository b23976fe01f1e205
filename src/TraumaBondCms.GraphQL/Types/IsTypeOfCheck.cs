namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// Tells whether a value returned for an interface or union field belongs to this object type (§6.4.3), used
/// when the abstract type has no <see cref="TypeResolver"/> or it returned null. Must be thread safe.
/// </summary>
/// <param name="value">The resolved value; never null.</param>
/// <param name="context">The context of the field that returned the value.</param>
public delegate bool IsTypeOfCheck(object value, IResolveFieldContext context);
