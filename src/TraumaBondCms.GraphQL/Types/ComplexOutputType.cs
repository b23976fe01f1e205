using System.Collections.Frozen;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// An object or interface type: a named set of fields that may implement interfaces (§3.6, §3.7).
/// Field lookup by name is a frozen-dictionary read. Immutable once its schema is built.
/// </summary>
public abstract class ComplexOutputType : NamedType
{
    private IReadOnlyList<FieldDefinition> _fields = [];
    private FrozenDictionary<string, FieldDefinition> _fieldsByName = FrozenDictionary<string, FieldDefinition>.Empty;

    private protected ComplexOutputType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields;

    /// <summary>The interfaces this type declares it implements, in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; private set; } = [];

    /// <summary>The field named <paramref name="name"/>, or null when the type has no such field.</summary>
    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>True when the type declares it implements <paramref name="interfaceType"/>.</summary>
    public bool Implements(InterfaceType interfaceType) => Interfaces.Contains(interfaceType);

    // Called once by the schema builder while the schema is assembled; the first of duplicate names wins.
    internal void Complete(IReadOnlyList<FieldDefinition> fields, IReadOnlyList<InterfaceType> interfaces)
    {
        _fields = fields;
        Interfaces = interfaces;
        var byName = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            byName.TryAdd(field.Name, field);
        }

        _fieldsByName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
