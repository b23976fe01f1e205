using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types.Builders;

/// <summary>Configures an input object type (§3.10), optionally OneOf.</summary>
public sealed class InputObjectTypeBuilder : NamedTypeBuilder
{
    internal InputObjectTypeBuilder(string name)
        : base(name)
    {
    }

    internal List<InputValueBuilder> Fields { get; } = [];

    internal bool IsOneOf { get; private set; }

    /// <summary>Sets the description (null for none).</summary>
    public InputObjectTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds an input field, its type written as GraphQL.</summary>
    /// <exception cref="ArgumentException">When <paramref name="type"/> is not a type reference.</exception>
    public InputObjectTypeBuilder Field(string name, string type, Action<InputValueBuilder>? configure = null) =>
        Field(name, TypeReference.Parse(type, nameof(type)), configure);

    /// <summary>Adds an input field with a parsed type reference.</summary>
    public InputObjectTypeBuilder Field(string name, TypeNode type, Action<InputValueBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var field = new InputValueBuilder(name, type);
        configure?.Invoke(field);
        Fields.Add(field);
        return this;
    }

    /// <summary>The input field named <paramref name="name"/>, to change it.</summary>
    /// <exception cref="InvalidOperationException">When the type has no such field.</exception>
    public InputValueBuilder GetField(string name) =>
        Fields.FirstOrDefault(field => field.Name == name)
        ?? throw new InvalidOperationException($"Input type \"{Name}\" has no field \"{name}\".");

    /// <summary>Makes this a OneOf input object (<c>@oneOf</c>): exactly one field must be given, not null.</summary>
    public InputObjectTypeBuilder OneOf(bool isOneOf = true)
    {
        IsOneOf = isOneOf;
        return this;
    }
}
