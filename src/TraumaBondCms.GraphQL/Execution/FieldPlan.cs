using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// One response key of a collected selection set, for one execution: the merged field nodes, the field
/// definition on the object type, and what is worth computing once per execution rather than once per object
/// (coerced arguments, §6.4.1, and the collected sub-selections per object type, §6.4.3 CollectSubfields).
/// The caches are filled idempotently, so concurrent resolvers may race on them harmlessly.
/// </summary>
internal sealed class FieldPlan
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();
    private IReadOnlyList<SourceLocation>? _locations;
    private object? _arguments;
    private SubfieldsEntry? _subfields;
    private DefaultFieldResolver.AccessorCache? _accessor;

    public FieldPlan(string responseName, FieldDefinition definition, bool isTypeName)
    {
        ResponseName = responseName;
        Definition = definition;
        IsTypeName = isTypeName;
    }

    public string ResponseName { get; }

    public FieldDefinition Definition { get; }

    public string FieldName => Definition.Name;

    /// <summary>True for <c>__typename</c>, answered from the object type without a resolver (§4.4).</summary>
    public bool IsTypeName { get; }

    public List<FieldNode> Nodes { get; } = new(1);

    public IReadOnlyList<SourceLocation> Locations => _locations ??= Nodes
        .Where(node => node.Location is not null)
        .Select(node => node.Location!.Value.StartLocation)
        .ToArray();

    /// <summary>The coerced arguments (§6.4.1 CoerceArgumentValues), computed on first use.</summary>
    /// <exception cref="GraphQLException">When an argument is missing or invalid; thrown again on every use.</exception>
    public IReadOnlyDictionary<string, object?> GetArguments(ExecutionRun run)
    {
        var cached = _arguments;
        if (cached is null)
        {
            if (Definition.Arguments.Count == 0)
            {
                cached = NoArguments;
            }
            else
            {
                try
                {
                    cached = ArgumentValues.Coerce(Definition.Arguments, Nodes[0].Arguments, run.Variables);
                }
                catch (GraphQLException error)
                {
                    cached = error;
                }
            }

            _arguments = cached;
        }

        return cached as IReadOnlyDictionary<string, object?> ?? throw (GraphQLException)cached;
    }

    /// <summary>The field's value on <paramref name="source"/> read by the default resolver (§6.4.2), with the CLR accessor cached here.</summary>
    public object? ResolveByDefault(object? source) => DefaultFieldResolver.Resolve(source, Definition.Name, ref _accessor);

    /// <summary>The sub-selections of every merged node collected for <paramref name="objectType"/> (§6.4.3 CollectSubfields), computed once per type.</summary>
    public CollectedFields GetSubfields(ObjectType objectType, ExecutionRun run)
    {
        // Most fields only ever meet one object type, so the newest entry is checked first.
        for (var entry = _subfields; entry is not null; entry = entry.Next)
        {
            if (ReferenceEquals(entry.Type, objectType))
            {
                return entry.Fields;
            }
        }

        var fields = run.CollectSubfields(objectType, Nodes);
        _subfields = new SubfieldsEntry(objectType, fields, _subfields);
        return fields;
    }

    private sealed record SubfieldsEntry(ObjectType Type, CollectedFields Fields, SubfieldsEntry? Next);
}
