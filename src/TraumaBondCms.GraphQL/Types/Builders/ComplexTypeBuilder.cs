using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types.Builders;

/// <summary>What object and interface type builders share: description, implemented interfaces and fields.</summary>
/// <typeparam name="TSelf">The concrete builder, returned by the fluent methods.</typeparam>
public abstract class ComplexTypeBuilder<TSelf> : NamedTypeBuilder
    where TSelf : ComplexTypeBuilder<TSelf>
{
    private protected ComplexTypeBuilder(string name)
        : base(name)
    {
    }

    internal List<FieldBuilder> Fields { get; } = [];

    internal List<string> Interfaces { get; } = [];

    /// <summary>Sets the description (null for none).</summary>
    public TSelf Description(string? description)
    {
        DescriptionText = description;
        return (TSelf)this;
    }

    /// <summary>Declares implemented interfaces by name (§3.6: transitively implemented ones must be listed too).</summary>
    public TSelf Implements(params string[] interfaceNames)
    {
        ArgumentNullException.ThrowIfNull(interfaceNames);
        Interfaces.AddRange(interfaceNames);
        return (TSelf)this;
    }

    /// <summary>Adds a field, its type written as GraphQL, e.g. <c>"[Article!]!"</c>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="type"/> is not a type reference.</exception>
    public TSelf Field(string name, string type, Action<FieldBuilder>? configure = null) =>
        Field(name, TypeReference.Parse(type, nameof(type)), configure);

    /// <summary>Adds a field with a parsed type reference.</summary>
    public TSelf Field(string name, TypeNode type, Action<FieldBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var field = new FieldBuilder(name, type);
        configure?.Invoke(field);
        Fields.Add(field);
        return (TSelf)this;
    }

    /// <summary>The field named <paramref name="name"/>, to change it (for example to attach a resolver to SDL).</summary>
    /// <exception cref="InvalidOperationException">When the type has no such field.</exception>
    public FieldBuilder GetField(string name) =>
        Fields.FirstOrDefault(field => field.Name == name)
        ?? throw new InvalidOperationException($"Type \"{Name}\" has no field \"{name}\".");
}
