namespace TraumaBondCms.GraphQL.Types;

/// <summary>The kinds of GraphQL types, matching introspection's <c>__TypeKind</c> (https://spec.graphql.org/October2021/#sec-The-__Type-Type).</summary>
public enum TypeKind
{
    /// <summary>A scalar type (§3.5).</summary>
    Scalar,

    /// <summary>An object type (§3.6).</summary>
    Object,

    /// <summary>An interface type (§3.7).</summary>
    Interface,

    /// <summary>A union type (§3.8).</summary>
    Union,

    /// <summary>An enum type (§3.9).</summary>
    Enum,

    /// <summary>An input object type (§3.10).</summary>
    InputObject,

    /// <summary>A list wrapper (§3.11).</summary>
    List,

    /// <summary>A non-null wrapper (§3.12).</summary>
    NonNull,
}
