using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types.Builders;

/// <summary>Configures an argument or input object field: description, default value and deprecation.</summary>
public sealed class InputValueBuilder
{
    internal InputValueBuilder(string name, TypeNode type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Type = type;
    }

    /// <summary>The argument or field name.</summary>
    public string Name { get; }

    internal TypeNode Type { get; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal bool HasDefault { get; private set; }

    internal object? DefaultInternalValue { get; private set; }

    internal ValueNode? DefaultLiteral { get; private set; }

    /// <summary>Sets the description (null for none).</summary>
    public InputValueBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>
    /// Sets the default to an internal value, as resolvers receive it (enum internal values, dictionaries for
    /// input objects). It is printed through result coercion and checked when the schema is built.
    /// </summary>
    public InputValueBuilder DefaultValue(object? value)
    {
        HasDefault = true;
        DefaultInternalValue = value;
        DefaultLiteral = null;
        return this;
    }

    /// <summary>Sets the default as constant GraphQL text, e.g. <c>{status: PUBLISHED}</c>; coerced when the schema is built.</summary>
    /// <exception cref="ArgumentException">When the text is not a constant GraphQL value.</exception>
    public InputValueBuilder DefaultValueLiteral(string literal) =>
        DefaultValueLiteral(TypeReference.ParseConstLiteral(literal, nameof(literal)));

    /// <summary>Sets the default as a constant literal node; coerced when the schema is built.</summary>
    public InputValueBuilder DefaultValueLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        HasDefault = true;
        DefaultLiteral = literal;
        DefaultInternalValue = null;
        return this;
    }

    /// <summary>Marks it deprecated (§3.13.3); a required argument or input field cannot be.</summary>
    public InputValueBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }
}
