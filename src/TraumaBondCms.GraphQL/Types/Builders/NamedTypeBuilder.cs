namespace TraumaBondCms.GraphQL.Types.Builders;

/// <summary>Base of the builders of named types held by a <see cref="SchemaBuilder"/>. Not thread safe; build schemas on one thread.</summary>
public abstract class NamedTypeBuilder
{
    private protected NamedTypeBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>The type name.</summary>
    public string Name { get; }

    internal string? DescriptionText { get; set; }

    // Set for types the spec defines (introspection types): exempt from the "__" name rule, never printed.
    internal bool IsBuiltIn { get; set; }
}
