using System.Collections.Frozen;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// An input object type (https://spec.graphql.org/October2021/#sec-Input-Objects), optionally a OneOf input
/// object where exactly one field must be given (<c>@oneOf</c>). Coerced values are
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/> of field name to value. Immutable once its schema is built.
/// </summary>
public sealed class InputObjectType : NamedType
{
    private FrozenDictionary<string, InputValueDefinition> _byName = FrozenDictionary<string, InputValueDefinition>.Empty;

    internal InputObjectType(string name, string? description, bool isOneOf)
        : base(name, description)
    {
        IsOneOf = isOneOf;
    }

    /// <inheritdoc/>
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>True for a OneOf input object: exactly one field must be provided, and it must not be null.</summary>
    public bool IsOneOf { get; }

    /// <summary>The input fields in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields { get; private set; } = [];

    /// <summary>The input field named <paramref name="name"/>, or null.</summary>
    public InputValueDefinition? GetField(string name) => _byName.GetValueOrDefault(name);

    internal void Complete(IReadOnlyList<InputValueDefinition> fields)
    {
        Fields = fields;
        var byName = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            byName.TryAdd(field.Name, field);
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
