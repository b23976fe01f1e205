namespace TraumaBondCms.GraphQL.Types.Builders;

/// <summary>Configures a union type (§3.8).</summary>
public sealed class UnionTypeBuilder : NamedTypeBuilder
{
    internal UnionTypeBuilder(string name)
        : base(name)
    {
    }

    internal List<string> Members { get; } = [];

    internal TypeResolver? TypeResolver { get; private set; }

    /// <summary>Sets the description (null for none).</summary>
    public UnionTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds member object types by name.</summary>
    public UnionTypeBuilder Types(params string[] objectTypeNames)
    {
        ArgumentNullException.ThrowIfNull(objectTypeNames);
        Members.AddRange(objectTypeNames);
        return this;
    }

    /// <summary>Sets how values of this union are resolved to a member type (§6.4.3).</summary>
    public UnionTypeBuilder ResolveType(TypeResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        TypeResolver = resolver;
        return this;
    }
}
