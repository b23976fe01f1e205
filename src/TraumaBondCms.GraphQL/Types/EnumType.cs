using System.Collections.Frozen;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// An enum type (https://spec.graphql.org/October2021/#sec-Enums): names on the wire, internal values inside.
/// Immutable once its schema is built; coercion methods are thread safe.
/// </summary>
public sealed class EnumType : NamedType
{
    private FrozenDictionary<string, EnumValueDefinition> _byName = FrozenDictionary<string, EnumValueDefinition>.Empty;
    private Dictionary<object, EnumValueDefinition> _byValue = [];

    internal EnumType(string name, string? description)
        : base(name, description)
    {
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values { get; private set; } = [];

    /// <summary>The value named <paramref name="name"/>, or null.</summary>
    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Result coercion (§3.9): the name of the value whose internal value equals <paramref name="value"/>.</summary>
    /// <exception cref="ValueCoercionException">When no value matches.</exception>
    public string Serialize(object? value) =>
        value is not null && _byValue.TryGetValue(value, out var definition)
            ? definition.Name
            : throw new ValueCoercionException($"Enum \"{Name}\" cannot represent value: {ValueCoercion.Describe(value)}.");

    /// <summary>Input coercion of an external value (§3.9): a value name as a string, returned as the internal value.</summary>
    /// <exception cref="ValueCoercionException">When the value is not a string or names no value.</exception>
    public object ParseValue(object? value)
    {
        if (value is not string name)
        {
            throw new ValueCoercionException($"Enum \"{Name}\" cannot represent non-string value: {ValueCoercion.Describe(value)}.");
        }

        return GetValue(name)?.Value ?? throw new ValueCoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.");
    }

    /// <summary>Input coercion of a literal (§3.9): an enum literal naming a value, returned as the internal value.</summary>
    /// <exception cref="ValueCoercionException">When the literal is not an enum literal or names no value.</exception>
    public object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not EnumValueNode enumValue)
        {
            throw new ValueCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(literal)}.");
        }

        return GetValue(enumValue.Value)?.Value
            ?? throw new ValueCoercionException($"Value \"{enumValue.Value}\" does not exist in \"{Name}\" enum.");
    }

    internal void Complete(IReadOnlyList<EnumValueDefinition> values)
    {
        Values = values;
        var byName = new Dictionary<string, EnumValueDefinition>(StringComparer.Ordinal);
        _byValue = [];
        foreach (var value in values)
        {
            byName.TryAdd(value.Name, value);
            _byValue.TryAdd(value.Value, value);
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
