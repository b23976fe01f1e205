namespace TraumaBondCms.GraphQL.Types.Builders;

/// <summary>Configures one enum value: internal value, description and deprecation.</summary>
public sealed class EnumValueBuilder
{
    internal EnumValueBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>The value name.</summary>
    public string Name { get; }

    internal object? InternalValue { get; private set; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    /// <summary>Sets the internal value resolvers see and return (defaults to the name).</summary>
    public EnumValueBuilder Value(object internalValue)
    {
        ArgumentNullException.ThrowIfNull(internalValue);
        InternalValue = internalValue;
        return this;
    }

    /// <summary>Sets the description (null for none).</summary>
    public EnumValueBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the value deprecated (§3.13.3).</summary>
    public EnumValueBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }
}
