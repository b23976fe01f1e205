using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types.Builders;

/// <summary>Configures a field of an object or interface type: description, arguments, deprecation and resolver.</summary>
public sealed class FieldBuilder
{
    internal FieldBuilder(string name, TypeNode type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Type = type;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    internal TypeNode Type { get; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal FieldResolver? Resolver { get; private set; }

    internal ListSize? ListSizeHint { get; private set; }

    internal List<InputValueBuilder> Arguments { get; } = [];

    /// <summary>Sets the description (null for none).</summary>
    public FieldBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds an argument, its type written as GraphQL, e.g. <c>"[ID!]!"</c>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="type"/> is not a type reference.</exception>
    public FieldBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null) =>
        Argument(name, TypeReference.Parse(type, nameof(type)), configure);

    /// <summary>Adds an argument with a parsed type reference.</summary>
    public FieldBuilder Argument(string name, TypeNode type, Action<InputValueBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var argument = new InputValueBuilder(name, type);
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    /// <summary>The argument named <paramref name="name"/>, to change it.</summary>
    /// <exception cref="InvalidOperationException">When the field has no such argument.</exception>
    public InputValueBuilder GetArgument(string name) =>
        Arguments.FirstOrDefault(argument => argument.Name == name)
        ?? throw new InvalidOperationException($"Field \"{Name}\" has no argument \"{name}\".");

    /// <summary>Marks the field deprecated (§3.13.3).</summary>
    public FieldBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Declares how many items the field returns, for the cost analysis (see <see cref="Types.ListSize"/>).</summary>
    public FieldBuilder ListSize(ListSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        ListSizeHint = size;
        return this;
    }

    /// <summary>Sets the resolver; without one, execution reads the source's property or dictionary entry.</summary>
    public FieldBuilder Resolve(FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = resolver;
        return this;
    }

    /// <summary>
    /// Sets a synchronous resolver. A lambda that returns a <see cref="Task"/> also binds here (C# picks this overload
    /// for a non-async lambda returning <c>Task&lt;T&gt;</c>); such a task is awaited and its result used, rather than
    /// completing the task object itself as the field's value.
    /// </summary>
    public FieldBuilder Resolve(Func<IResolveFieldContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = context => resolver(context) switch
        {
            Task task => AwaitAsync(task),
            var value => new ValueTask<object?>(value),
        };
        return this;
    }

    private static async ValueTask<object?> AwaitAsync(Task task)
    {
        await task.ConfigureAwait(false);
        return task.GetType().IsGenericType ? task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
    }
}
