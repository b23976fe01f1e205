using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types.Builders;

/// <summary>Configures a directive definition (§3.13).</summary>
public sealed class DirectiveBuilder
{
    internal DirectiveBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>The directive name, without <c>@</c>.</summary>
    public string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<InputValueBuilder> Arguments { get; } = [];

    internal List<DirectiveLocation> DirectiveLocations { get; } = [];

    internal bool IsRepeatable { get; private set; }

    /// <summary>Sets the description (null for none).</summary>
    public DirectiveBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds an argument, its type written as GraphQL.</summary>
    /// <exception cref="ArgumentException">When <paramref name="type"/> is not a type reference.</exception>
    public DirectiveBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null) =>
        Argument(name, TypeReference.Parse(type, nameof(type)), configure);

    /// <summary>Adds an argument with a parsed type reference.</summary>
    public DirectiveBuilder Argument(string name, TypeNode type, Action<InputValueBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var argument = new InputValueBuilder(name, type);
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    /// <summary>Allows the directive more than once at one location.</summary>
    public DirectiveBuilder Repeatable(bool isRepeatable = true)
    {
        IsRepeatable = isRepeatable;
        return this;
    }

    /// <summary>Adds locations where the directive may be applied.</summary>
    public DirectiveBuilder Locations(params DirectiveLocation[] locations)
    {
        ArgumentNullException.ThrowIfNull(locations);
        DirectiveLocations.AddRange(locations);
        return this;
    }
}
