namespace TraumaBondCms.GraphQL.Types;

/// <summary>An interface type, possibly implementing other interfaces (https://spec.graphql.org/October2021/#sec-Interfaces). Immutable once its schema is built.</summary>
public sealed class InterfaceType : ComplexOutputType, IAbstractType
{
    internal InterfaceType(string name, string? description, TypeResolver? resolveType)
        : base(name, description)
    {
        ResolveType = resolveType;
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Interface;

    /// <inheritdoc/>
    public TypeResolver? ResolveType { get; }
}
