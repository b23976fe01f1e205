using System.Collections.Frozen;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// A validated GraphQL schema (https://spec.graphql.org/October2021/#sec-Schema): root operation types, every
/// named type, and directives, with precomputed lookups for names, possible types and interface implementations.
/// Built by <see cref="SchemaBuilder"/>, which only hands out schemas that pass §3 validation. Immutable and
/// safe to share across threads and requests.
/// </summary>
public sealed class Schema
{
    private static readonly InterfaceImplementations NoImplementations = new([], []);
    private readonly ObjectType? _queryType;
    private readonly FrozenDictionary<string, NamedType> _types;
    private readonly FrozenDictionary<string, DirectiveDefinition> _directives;
    private readonly FrozenDictionary<string, InterfaceImplementations> _implementations;
    private readonly FrozenDictionary<string, FrozenSet<string>> _subTypes;

    internal Schema(string? description, ObjectType? queryType, ObjectType? mutationType, ObjectType? subscriptionType, IReadOnlyList<NamedType> types, IReadOnlyList<DirectiveDefinition> directives)
    {
        Description = description;
        _queryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Types = types;
        Directives = directives;
        _types = Index(types, type => type.Name);
        _directives = Index(directives, directive => directive.Name);
        _implementations = CollectImplementations(types);
        _subTypes = CollectSubTypes(types, _implementations);
    }

    /// <summary>The schema description, or null.</summary>
    public string? Description { get; }

    /// <summary>The query root type (§3.3.1); always present in a built schema.</summary>
    public ObjectType QueryType => _queryType ?? throw new InvalidOperationException("The schema has no query root type.");

    /// <summary>The mutation root type, or null when the schema has no mutations.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The subscription root type, or null when the schema has no subscriptions.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in definition order, then the built-in scalars (only when referenced; String and Boolean always), then the introspection types.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>Every directive: built-ins first, then the schema's own, in definition order.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    // The query root as given, for validation of schemas that lack one.
    internal ObjectType? QueryTypeOrNull => _queryType;

    /// <summary>The named type called <paramref name="name"/>, or null when the schema has none.</summary>
    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>The named type called <paramref name="name"/> when it is a <typeparamref name="T"/>, otherwise null.</summary>
    public T? GetType<T>(string name)
        where T : NamedType => GetType(name) as T;

    /// <summary>The directive called <paramref name="name"/> (without <c>@</c>), or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>The root type for an operation kind, or null when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => _queryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>
    /// The object types a value of <paramref name="type"/> can be at run time: a union's members, an interface's
    /// implementing object types, an object type itself; empty for other types.
    /// </summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType type) => type switch
    {
        UnionType union => union.Types,
        InterfaceType interfaceType => GetImplementations(interfaceType).Objects,
        ObjectType objectType => [objectType],
        _ => [],
    };

    /// <summary>The object types and interfaces declaring that they implement <paramref name="interfaceType"/>.</summary>
    public InterfaceImplementations GetImplementations(InterfaceType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        return _implementations.GetValueOrDefault(interfaceType.Name, NoImplementations);
    }

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union <paramref name="abstractType"/>, or
    /// implements the interface <paramref name="abstractType"/> (object types and interfaces alike).
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        return _subTypes.TryGetValue(abstractType.Name, out var subTypes) && subTypes.Contains(maybeSubType.Name)
            && ReferenceEquals(GetType(maybeSubType.Name), maybeSubType);
    }

    /// <summary>
    /// The type a type reference denotes in this schema (§2.11, used for variable definitions and fragments),
    /// or null when it names an unknown type.
    /// </summary>
    public GraphQLType? GetTypeFromAst(TypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(typeNode);
        switch (typeNode)
        {
            case NamedTypeNode named:
                return GetType(named.Name.Value);
            case ListTypeNode list:
                var item = GetTypeFromAst(list.Type);
                return item is null ? null : new ListType(item);
            case NonNullTypeNode nonNull:
                var inner = GetTypeFromAst(nonNull.Type);
                return inner is null or NonNullType ? null : new NonNullType(inner);
            default:
                return null;
        }
    }

    private static FrozenDictionary<string, T> Index<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            byName.TryAdd(key(item), item);
        }

        return byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, InterfaceImplementations> CollectImplementations(IReadOnlyList<NamedType> types)
    {
        var objects = new Dictionary<string, List<ObjectType>>(StringComparer.Ordinal);
        var interfaces = new Dictionary<string, List<InterfaceType>>(StringComparer.Ordinal);
        foreach (var type in types.OfType<ComplexOutputType>())
        {
            foreach (var implemented in type.Interfaces)
            {
                if (type is ObjectType objectType)
                {
                    Add(objects, implemented.Name, objectType);
                }
                else
                {
                    Add(interfaces, implemented.Name, (InterfaceType)type);
                }
            }
        }

        return types.OfType<InterfaceType>().ToFrozenDictionary(
            type => type.Name,
            type => new InterfaceImplementations(objects.GetValueOrDefault(type.Name) ?? [], interfaces.GetValueOrDefault(type.Name) ?? []),
            StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, FrozenSet<string>> CollectSubTypes(IReadOnlyList<NamedType> types, FrozenDictionary<string, InterfaceImplementations> implementations)
    {
        var subTypes = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            IEnumerable<string>? names = type switch
            {
                UnionType union => union.Types.Select(member => member.Name),
                InterfaceType => implementations[type.Name].Objects.Select(o => o.Name).Concat(implementations[type.Name].Interfaces.Select(i => i.Name)),
                _ => null,
            };
            if (names is not null)
            {
                subTypes.TryAdd(type.Name, names.ToFrozenSet(StringComparer.Ordinal));
            }
        }

        return subTypes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
