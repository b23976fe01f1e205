namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type or a list/non-null wrapper (https://spec.graphql.org/October2021/#sec-Types).
/// Runtime types are immutable once their schema is built and safe to share across threads. Named types
/// compare by reference; wrappers compare structurally, so <c>new ListType(t).Equals(new ListType(t))</c>.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>The type's kind.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>True when the unwrapped type is a scalar, enum or input object: usable for arguments, variables and input fields (§3.4.2).</summary>
    public bool IsInputType => GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>True when the unwrapped type is a scalar, object, interface, union or enum: usable as a field type (§3.4.2).</summary>
    public bool IsOutputType => GetNamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>True when this type itself (not unwrapped) is a scalar or enum.</summary>
    public bool IsLeafType => this is ScalarType or EnumType;

    /// <summary>True when this type itself is an object, interface or union: it has a selection set.</summary>
    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;

    /// <summary>True when this type itself is an interface or union: resolved to an object type at run time (§6.4.3).</summary>
    public bool IsAbstractType => this is InterfaceType or UnionType;

    /// <summary>True when this type is a non-null wrapper.</summary>
    public bool IsNonNull => this is NonNullType;

    /// <summary>The named type inside every list and non-null wrapper (the type itself when named).</summary>
    public NamedType GetNamedType()
    {
        var type = this;
        while (true)
        {
            switch (type)
            {
                case NamedType named:
                    return named;
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown type wrapper {type.GetType().Name}.");
            }
        }
    }

    /// <summary>This type without its outer non-null wrapper (the type itself when nullable).</summary>
    public GraphQLType GetNullableType() => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>The type as written in GraphQL, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}
