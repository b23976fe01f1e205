namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// Names the object type of a value returned for an interface or union field (§6.4.3 ResolveAbstractType), or
/// returns null to let execution try each possible type's <see cref="ObjectType.IsTypeOf"/>. Must be thread safe.
/// </summary>
/// <param name="value">The resolved value; never null.</param>
/// <param name="context">The context of the field that returned the value.</param>
/// <returns>The name of an object type that is a possible type of the abstract type, or null.</returns>
public delegate string? TypeResolver(object value, IResolveFieldContext context);
