namespace TraumaBondCms.GraphQL.Types.Builders;

/// <summary>Configures an interface type (§3.7).</summary>
public sealed class InterfaceTypeBuilder : ComplexTypeBuilder<InterfaceTypeBuilder>
{
    internal InterfaceTypeBuilder(string name)
        : base(name)
    {
    }

    internal TypeResolver? TypeResolver { get; private set; }

    /// <summary>Sets how values of this interface are resolved to an object type (§6.4.3).</summary>
    public InterfaceTypeBuilder ResolveType(TypeResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        TypeResolver = resolver;
        return this;
    }
}
