using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>A directive definition (https://spec.graphql.org/October2021/#sec-Type-System.Directives). Immutable.</summary>
public sealed class DirectiveDefinition
{
    internal DirectiveDefinition(string name, string? description, IReadOnlyList<InputValueDefinition> arguments, IReadOnlyList<DirectiveLocation> locations, bool isRepeatable)
    {
        Name = name;
        Description = description;
        Arguments = arguments;
        Locations = locations;
        IsRepeatable = isRepeatable;
    }

    /// <summary>The name, without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>Description, or null.</summary>
    public string? Description { get; }

    /// <summary>Argument definitions; empty when none.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; }

    /// <summary>Where the directive may be applied.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>True when the directive may appear more than once at one location (§3.13).</summary>
    public bool IsRepeatable { get; }

    /// <summary>True for the directives the spec defines (<see cref="BuiltInDirectives"/>); never printed as SDL.</summary>
    public bool IsBuiltIn { get; internal init; }

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    public InputValueDefinition? GetArgument(string name) => Arguments.FirstOrDefault(argument => argument.Name == name);

    /// <summary>The directive as <c>@name</c>.</summary>
    public override string ToString() => "@" + Name;
}
