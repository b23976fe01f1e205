using TraumaBondCms.GraphQL.Language;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>A type with a name and an optional description: scalar, object, interface, union, enum or input object (§3.4).</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    /// <summary>The unique name of the type within its schema.</summary>
    public string Name { get; }

    /// <summary>Markdown description for tools and introspection, or null.</summary>
    public string? Description { get; }

    /// <summary>True for the types the spec defines (built-in scalars, introspection types): never printed as SDL.</summary>
    public bool IsBuiltIn { get; internal init; }

    /// <summary>The type's name.</summary>
    public override string ToString() => Name;
}
