namespace TraumaBondCms.GraphQL.Types;

/// <summary>One value of an enum type (§3.9): its GraphQL name and the internal value resolvers see. Immutable.</summary>
public sealed class EnumValueDefinition
{
    internal EnumValueDefinition(string name, string? description, object value, string? deprecationReason)
    {
        Name = name;
        Description = description;
        Value = value;
        DeprecationReason = deprecationReason;
    }

    /// <summary>The name used in documents and responses, e.g. <c>PUBLISHED</c>.</summary>
    public string Name { get; }

    /// <summary>Description, or null.</summary>
    public string? Description { get; }

    /// <summary>The internal value: what argument coercion produces and what result coercion accepts. Defaults to <see cref="Name"/>; never null.</summary>
    public object Value { get; }

    /// <summary>Why the value is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>True when <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The value's name.</summary>
    public override string ToString() => Name;
}
