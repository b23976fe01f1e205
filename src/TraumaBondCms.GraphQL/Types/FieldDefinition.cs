namespace TraumaBondCms.GraphQL.Types;

/// <summary>A field of an object or interface type (§3.6): name, output type, arguments, deprecation and resolver. Immutable.</summary>
public sealed class FieldDefinition
{
    internal FieldDefinition(string name, string? description, GraphQLType type, IReadOnlyList<InputValueDefinition> arguments, string? deprecationReason, FieldResolver? resolver, ListSize? listSize = null)
    {
        Name = name;
        Description = description;
        Type = type;
        Arguments = arguments;
        DeprecationReason = deprecationReason;
        Resolver = resolver;
        ListSize = listSize;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>Description, or null.</summary>
    public string? Description { get; }

    /// <summary>The output type of the field.</summary>
    public GraphQLType Type { get; }

    /// <summary>Argument definitions in definition order; empty when none.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; }

    /// <summary>Why the field is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>True when <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>
    /// The resolver, or null to let execution use its default (read a property or dictionary entry of the source).
    /// Only object type fields are resolved; on interface fields it is informational.
    /// </summary>
    public FieldResolver? Resolver { get; }

    /// <summary>How many items the field returns, for the cost analysis; null when nothing is declared (the analyzer's defaults apply).</summary>
    public ListSize? ListSize { get; }

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The field as <c>name: Type</c>.</summary>
    public override string ToString() => $"{Name}: {Type}";
}
