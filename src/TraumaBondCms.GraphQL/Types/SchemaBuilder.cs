using TraumaBondCms.GraphQL.Types.Builders;
using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// Assembles a <see cref="Schema"/> from C# code, from SDL (<see cref="FromSdl"/>), or both: SDL types become
/// builders that code can then complete, e.g. by attaching resolvers with <see cref="Resolve(string, string, FieldResolver)"/>.
/// Types are referenced by name, so definition order does not matter. Problems (duplicates, unknown types,
/// invalid defaults, and every §3 rule checked by <see cref="SchemaValidator"/>) are collected and reported
/// together by <see cref="Build"/>. A builder is not thread safe; the schema it builds is.
/// </summary>
/// <example>
/// <code>
/// var schema = new SchemaBuilder()
///     .AddObjectType("Query", query => query
///         .Field("article", "Article", field => field
///             .Argument("slug", "String!")
///             .Resolve(context => articles.Find((string)context.Arguments["slug"]!))))
///     .AddObjectType("Article", article => article.Field("title", "String!"))
///     .Build();
/// </code>
/// </example>
public sealed partial class SchemaBuilder
{
    private readonly List<NamedTypeBuilder> _types = [];
    private readonly Dictionary<string, NamedTypeBuilder> _typesByName = new(StringComparer.Ordinal);
    private readonly List<DirectiveBuilder> _directives = [];
    private readonly List<string> _problems = [];
    private string? _description;
    private string? _queryTypeName;
    private string? _mutationTypeName;
    private string? _subscriptionTypeName;

    /// <summary>Sets the schema description (null for none).</summary>
    public SchemaBuilder Description(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>
    /// Names the query root type. A root that is not named defaults to the type named <c>Query</c>,
    /// <c>Mutation</c> or <c>Subscription</c> (§3.3.1), except when SDL added a <c>schema</c> definition: then
    /// only the roots it or this builder name exist.
    /// </summary>
    public SchemaBuilder QueryType(string typeName) => SetRoot(ref _queryTypeName, "query", typeName);

    /// <summary>Names the mutation root type (see <see cref="QueryType"/> for the default names).</summary>
    public SchemaBuilder MutationType(string typeName) => SetRoot(ref _mutationTypeName, "mutation", typeName);

    /// <summary>Names the subscription root type (see <see cref="QueryType"/> for the default names).</summary>
    public SchemaBuilder SubscriptionType(string typeName) => SetRoot(ref _subscriptionTypeName, "subscription", typeName);

    /// <summary>Adds an object type (§3.6).</summary>
    public SchemaBuilder AddObjectType(string name, Action<ObjectTypeBuilder>? configure = null) => Add(new ObjectTypeBuilder(name), configure);

    /// <summary>Adds an interface type (§3.7).</summary>
    public SchemaBuilder AddInterfaceType(string name, Action<InterfaceTypeBuilder>? configure = null) => Add(new InterfaceTypeBuilder(name), configure);

    /// <summary>Adds a union type (§3.8).</summary>
    public SchemaBuilder AddUnionType(string name, Action<UnionTypeBuilder>? configure = null) => Add(new UnionTypeBuilder(name), configure);

    /// <summary>Adds an enum type (§3.9).</summary>
    public SchemaBuilder AddEnumType(string name, Action<EnumTypeBuilder>? configure = null) => Add(new EnumTypeBuilder(name), configure);

    /// <summary>Adds an input object type (§3.10).</summary>
    public SchemaBuilder AddInputObjectType(string name, Action<InputObjectTypeBuilder>? configure = null) => Add(new InputObjectTypeBuilder(name), configure);

    /// <summary>
    /// Declares a scalar by name (§3.5). It passes values through unless an implementation with the same name is
    /// added with <see cref="AddScalarType(ScalarType)"/>, before or after. Declaring a built-in scalar does nothing.
    /// </summary>
    public SchemaBuilder AddScalarType(string name, Action<ScalarTypeBuilder>? configure = null)
    {
        if (BuiltInScalars.Find(name) is not null)
        {
            return this;
        }

        if (_typesByName.GetValueOrDefault(name) is ScalarTypeBuilder { IsDeclared: false } implemented)
        {
            implemented.IsDeclared = true;
            configure?.Invoke(implemented);
            return this;
        }

        return Add(new ScalarTypeBuilder(name) { IsDeclared = true }, configure);
    }

    /// <summary>Adds a scalar implementation (e.g. <see cref="DateTimeType"/>), or binds it to a scalar of that name declared in SDL.</summary>
    public SchemaBuilder AddScalarType(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (BuiltInScalars.Find(scalar.Name) is { } builtIn)
        {
            if (!ReferenceEquals(builtIn, scalar))
            {
                _problems.Add($"Type \"{scalar.Name}\" is built in and cannot be redefined.");
            }

            return this;
        }

        if (_typesByName.GetValueOrDefault(scalar.Name) is ScalarTypeBuilder { Implementation: null } declared)
        {
            declared.Implementation = scalar;
            return this;
        }

        return Add(new ScalarTypeBuilder(scalar.Name) { Implementation = scalar }, null);
    }

    /// <summary>Adds a directive definition (§3.13).</summary>
    public SchemaBuilder AddDirective(string name, Action<DirectiveBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var directive = new DirectiveBuilder(name);
        if (BuiltInDirectives.Find(name) is not null)
        {
            _problems.Add($"Directive \"@{name}\" is built in and cannot be redefined.");
        }
        else if (_directives.Any(existing => existing.Name == name))
        {
            _problems.Add($"There can be only one directive named \"@{name}\".");
        }
        else
        {
            _directives.Add(directive);
        }

        configure(directive);
        return this;
    }

    /// <summary>True when a type of that name has been added (built-in scalars excluded).</summary>
    public bool HasType(string name) => _typesByName.ContainsKey(name);

    /// <summary>The builder of an added object type, to complete it.</summary>
    /// <exception cref="InvalidOperationException">When there is no object type of that name.</exception>
    public ObjectTypeBuilder GetObjectType(string name) => Get<ObjectTypeBuilder>(name, "object");

    /// <summary>The builder of an added interface type.</summary>
    /// <exception cref="InvalidOperationException">When there is no interface type of that name.</exception>
    public InterfaceTypeBuilder GetInterfaceType(string name) => Get<InterfaceTypeBuilder>(name, "interface");

    /// <summary>The builder of an added union type.</summary>
    /// <exception cref="InvalidOperationException">When there is no union type of that name.</exception>
    public UnionTypeBuilder GetUnionType(string name) => Get<UnionTypeBuilder>(name, "union");

    /// <summary>The builder of an added enum type.</summary>
    /// <exception cref="InvalidOperationException">When there is no enum type of that name.</exception>
    public EnumTypeBuilder GetEnumType(string name) => Get<EnumTypeBuilder>(name, "enum");

    /// <summary>The builder of an added input object type.</summary>
    /// <exception cref="InvalidOperationException">When there is no input object type of that name.</exception>
    public InputObjectTypeBuilder GetInputObjectType(string name) => Get<InputObjectTypeBuilder>(name, "input object");

    /// <summary>Attaches a resolver to a field of an object type already added (from code or SDL).</summary>
    /// <exception cref="InvalidOperationException">When the type or field does not exist.</exception>
    public SchemaBuilder Resolve(string typeName, string fieldName, FieldResolver resolver)
    {
        GetObjectType(typeName).GetField(fieldName).Resolve(resolver);
        return this;
    }

    /// <summary>Attaches a synchronous resolver to a field of an object type already added.</summary>
    /// <exception cref="InvalidOperationException">When the type or field does not exist.</exception>
    public SchemaBuilder Resolve(string typeName, string fieldName, Func<IResolveFieldContext, object?> resolver)
    {
        GetObjectType(typeName).GetField(fieldName).Resolve(resolver);
        return this;
    }

    private SchemaBuilder Add<T>(T builder, Action<T>? configure)
        where T : NamedTypeBuilder
    {
        if (BuiltInScalars.Find(builder.Name) is not null)
        {
            _problems.Add($"Type \"{builder.Name}\" is built in and cannot be redefined.");
        }
        else if (!_typesByName.TryAdd(builder.Name, builder))
        {
            _problems.Add($"There can be only one type named \"{builder.Name}\".");
        }
        else
        {
            _types.Add(builder);
        }

        // A rejected duplicate is still configured, so the caller's code runs the same either way.
        configure?.Invoke(builder);
        return this;
    }

    private T Get<T>(string name, string kind)
        where T : NamedTypeBuilder =>
        _typesByName.GetValueOrDefault(name) as T
        ?? throw new InvalidOperationException($"The schema has no {kind} type named \"{name}\".");

    private SchemaBuilder SetRoot(ref string? root, string operation, string typeName)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        if (root is not null && root != typeName)
        {
            _problems.Add($"The {operation} root type is already \"{root}\"; it cannot also be \"{typeName}\".");
        }

        root = typeName;
        return this;
    }
}
