namespace TraumaBondCms.GraphQL.Types;

/// <summary>A list of another type, <c>[OfType]</c> (https://spec.graphql.org/October2021/#sec-List). Immutable; equal to any list of an equal type.</summary>
public sealed class ListType : GraphQLType
{
    /// <summary>Wraps <paramref name="ofType"/> in a list.</summary>
    public ListType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.List;

    /// <summary>True when <paramref name="obj"/> is a list of an equal item type.</summary>
    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);

    /// <summary>A hash consistent with structural equality.</summary>
    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);

    /// <inheritdoc/>
    public override string ToString() => $"[{OfType}]";
}
