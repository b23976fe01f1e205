namespace TraumaBondCms.GraphQL.Types.Builders;

/// <summary>Configures an enum type (§3.9).</summary>
public sealed class EnumTypeBuilder : NamedTypeBuilder
{
    internal EnumTypeBuilder(string name)
        : base(name)
    {
    }

    internal List<EnumValueBuilder> Values { get; } = [];

    /// <summary>Sets the description (null for none).</summary>
    public EnumTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a value whose internal value is its name, unless <paramref name="configure"/> sets one.</summary>
    public EnumTypeBuilder Value(string name, Action<EnumValueBuilder>? configure = null)
    {
        var value = new EnumValueBuilder(name);
        configure?.Invoke(value);
        Values.Add(value);
        return this;
    }

    /// <summary>Adds a value with an internal value, e.g. a CLR enum member.</summary>
    public EnumTypeBuilder Value(string name, object internalValue, Action<EnumValueBuilder>? configure = null) =>
        Value(name, value =>
        {
            value.Value(internalValue);
            configure?.Invoke(value);
        });

    /// <summary>The value named <paramref name="name"/>, to change it.</summary>
    /// <exception cref="InvalidOperationException">When the enum has no such value.</exception>
    public EnumValueBuilder GetValue(string name) =>
        Values.FirstOrDefault(value => value.Name == name)
        ?? throw new InvalidOperationException($"Enum \"{Name}\" has no value \"{name}\".");
}
