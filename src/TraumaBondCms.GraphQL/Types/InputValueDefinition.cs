using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// An argument or input object field (§3.6.1, §3.10): name, input type, optional default value and
/// deprecation. The default is kept both as the coerced internal value (<see cref="DefaultValue"/>, what
/// execution uses) and as a GraphQL literal (<see cref="DefaultValueLiteral"/>, what SDL and introspection
/// print). Immutable once its schema is built.
/// </summary>
public sealed class InputValueDefinition
{
    private object? _defaultValue;
    private ValueNode? _defaultValueLiteral;
    private Func<(object? Value, ValueNode? Literal)>? _pendingDefault;
    private bool _computingDefault;

    internal InputValueDefinition(string name, string? description, GraphQLType type, string? deprecationReason)
    {
        Name = name;
        Description = description;
        Type = type;
        DeprecationReason = deprecationReason;
    }

    /// <summary>The argument or field name.</summary>
    public string Name { get; }

    /// <summary>Description, or null.</summary>
    public string? Description { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; }

    /// <summary>Why it is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>True when <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>True when a default value is defined (it may be null: <c>= null</c>).</summary>
    public bool HasDefaultValue { get; private set; }

    /// <summary>True when the type is non-null and there is no default, so a value must be provided (§5.4.2.1).</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;

    /// <summary>The coerced internal default value; null when there is none (see <see cref="HasDefaultValue"/>).</summary>
    public object? DefaultValue
    {
        get
        {
            ResolveDefault();
            return _defaultValue;
        }
    }

    /// <summary>The default value as a constant literal, or null when there is none.</summary>
    public ValueNode? DefaultValueLiteral
    {
        get
        {
            ResolveDefault();
            return _defaultValueLiteral;
        }
    }

    /// <summary>The definition as <c>name: Type</c>.</summary>
    public override string ToString() => $"{Name}: {Type}";

    internal void SetDefault(object? value, ValueNode literal)
    {
        HasDefaultValue = true;
        _defaultValue = value;
        _defaultValueLiteral = literal;
    }

    // Defaults of input objects may refer to the defaults of other input fields, so the schema builder defers
    // them and resolves each on first use; it resolves all of them before the schema is handed out.
    internal void DeferDefault(Func<(object? Value, ValueNode? Literal)> compute)
    {
        HasDefaultValue = true;
        _pendingDefault = compute;
    }

    internal void ResolveDefault()
    {
        if (_pendingDefault is null)
        {
            return;
        }

        if (_computingDefault)
        {
            throw new ValueCoercionException($"The default value of \"{Name}\" depends on itself.");
        }

        _computingDefault = true;
        try
        {
            (_defaultValue, _defaultValueLiteral) = _pendingDefault();
        }
        finally
        {
            _computingDefault = false;
            _pendingDefault = null;
        }
    }
}
