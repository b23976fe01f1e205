namespace TraumaBondCms.GraphQL.Types;

/// <summary>An interface or union: its values are resolved to a concrete object type at run time (§6.4.3).</summary>
public interface IAbstractType
{
    /// <summary>The type name.</summary>
    string Name { get; }

    /// <summary>Chooses the object type of a resolved value, or null when the schema leaves it to <see cref="ObjectType.IsTypeOf"/> checks.</summary>
    TypeResolver? ResolveType { get; }
}
