namespace TraumaBondCms.GraphQL.Types;

/// <summary>An object type (https://spec.graphql.org/October2021/#sec-Objects). Immutable once its schema is built.</summary>
public sealed class ObjectType : ComplexOutputType
{
    internal ObjectType(string name, string? description, IsTypeOfCheck? isTypeOf)
        : base(name, description)
    {
        IsTypeOf = isTypeOf;
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional check that a value belongs to this type, for abstract type resolution (§6.4.3); null when not provided.</summary>
    public IsTypeOfCheck? IsTypeOf { get; }
}
