namespace TraumaBondCms.GraphQL.Types;

/// <summary>Relations between types used by schema validation (§3.6 IsValidImplementation) and query validation. Thread safe.</summary>
public static class TypeComparison
{
    /// <summary>True when both are the same type: the same named type under the same wrappers.</summary>
    public static bool AreEqual(GraphQLType left, GraphQLType right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return left.Equals(right);
    }

    /// <summary>
    /// Spec §3.6 IsValidImplementationFieldType: true when a field of type <paramref name="fieldType"/> may
    /// implement an interface field of type <paramref name="implementedType"/> (covariance: the same type, a
    /// non-null version, a member object type of a union, an implementation of an interface, or lists thereof).
    /// </summary>
    public static bool IsValidImplementationFieldType(GraphQLType fieldType, GraphQLType implementedType)
    {
        ArgumentNullException.ThrowIfNull(fieldType);
        ArgumentNullException.ThrowIfNull(implementedType);
        if (fieldType is NonNullType nonNull)
        {
            return IsValidImplementationFieldType(nonNull.OfType, implementedType.GetNullableType());
        }

        if (fieldType is ListType list)
        {
            return implementedType is ListType implementedList && IsValidImplementationFieldType(list.OfType, implementedList.OfType);
        }

        return IsSubType(fieldType, implementedType);
    }

    /// <summary>
    /// Spec §3.6 IsSubType: true when <paramref name="possibleSubType"/> is <paramref name="superType"/>, an object
    /// member of the union <paramref name="superType"/>, or declares it implements the interface <paramref name="superType"/>.
    /// </summary>
    public static bool IsSubType(GraphQLType possibleSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(possibleSubType);
        ArgumentNullException.ThrowIfNull(superType);
        return possibleSubType.Equals(superType)
            || (possibleSubType is ObjectType objectType && superType is UnionType union && union.Types.Contains(objectType))
            || (possibleSubType is ComplexOutputType complex && superType is InterfaceType interfaceType && complex.Implements(interfaceType));
    }
}
