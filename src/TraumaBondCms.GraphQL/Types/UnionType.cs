namespace TraumaBondCms.GraphQL.Types;

/// <summary>A union of object types (https://spec.graphql.org/October2021/#sec-Unions). Immutable once its schema is built.</summary>
public sealed class UnionType : NamedType, IAbstractType
{
    internal UnionType(string name, string? description, TypeResolver? resolveType)
        : base(name, description)
    {
        ResolveType = resolveType;
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member object types in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types { get; private set; } = [];

    /// <inheritdoc/>
    public TypeResolver? ResolveType { get; }

    internal void Complete(IReadOnlyList<ObjectType> types) => Types = types;
}
