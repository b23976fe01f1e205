namespace TraumaBondCms.GraphQL.Types;

/// <summary>A non-null version of a nullable type, <c>OfType!</c> (https://spec.graphql.org/October2021/#sec-Non-Null). Immutable; equal to any non-null of an equal type.</summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps a nullable type.</summary>
    /// <exception cref="ArgumentException">When <paramref name="ofType"/> is already non-null (spec §3.12: non-null of non-null is not allowed).</exception>
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Type {ofType} is already non-null.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The wrapped nullable type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.NonNull;

    /// <summary>True when <paramref name="obj"/> is a non-null wrapper of an equal type.</summary>
    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);

    /// <summary>A hash consistent with structural equality.</summary>
    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);

    /// <inheritdoc/>
    public override string ToString() => $"{OfType}!";
}
