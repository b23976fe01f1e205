namespace TraumaBondCms.GraphQL.Types.Builders;

/// <summary>
/// Declares a scalar by name (§3.5). Without an implementation bound through
/// <see cref="SchemaBuilder.AddScalarType(ScalarType)"/> the scalar passes values through unchanged; with
/// one, the implementation's own description and <c>@specifiedBy</c> URL are used.
/// </summary>
public sealed class ScalarTypeBuilder : NamedTypeBuilder
{
    internal ScalarTypeBuilder(string name)
        : base(name)
    {
    }

    internal string? SpecifiedByUrl { get; private set; }

    internal ScalarType? Implementation { get; set; }

    internal bool IsDeclared { get; set; }

    /// <summary>Sets the description (null for none).</summary>
    public ScalarTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Sets the URL of the scalar's specification (§3.13.4 <c>@specifiedBy</c>).</summary>
    public ScalarTypeBuilder SpecifiedBy(string? url)
    {
        SpecifiedByUrl = url;
        return this;
    }
}
