namespace TraumaBondCms.GraphQL.Limits;

/// <summary>
/// Per-request bounds checked on the operation before it executes; exceeding one is a request error with code
/// <c>MAX_DEPTH_EXCEEDED</c>, <c>MAX_ALIASES_EXCEEDED</c> or <c>MAX_COST_EXCEEDED</c>. A null bound is not checked.
/// Fragments count where they are spread; <c>@skip</c>/<c>@include</c> are ignored (everything counts).
/// <para>
/// Cost model: a field of leaf type (scalar, enum, or a list of them) costs <see cref="LeafCost"/>; a field of
/// object, interface or union type costs <see cref="CompositeCost"/> plus the cost of its selection set, and when
/// it is a list, that times the list size (every item is charged). The size is what the field declares with
/// <see cref="Types.ListSize"/> (its slicing argument, else its assumed size; a connection's size passes to its
/// <c>edges</c> and <c>nodes</c>); for a field that declares none, the value of the first argument named in
/// <see cref="ListSizeArguments"/> that the field is given (literal or variable), otherwise <see cref="DefaultListSize"/>. Nested list wrappers multiply once. Fragments on different types are all
/// counted (an upper bound). <c>__schema</c> and <c>__type</c> cost nothing: their size is bounded by the schema,
/// and depth still applies to them.
/// </para>
/// Immutable and thread safe.
/// </summary>
public sealed record QueryLimits
{
    /// <summary>Depth 20 (the standard introspection query is 15), 30 aliases, cost 10,000, lists of 10 by default.</summary>
    public static QueryLimits Default { get; } = new();

    /// <summary>No bounds at all: for trusted callers and benchmarks.</summary>
    public static QueryLimits None { get; } = new() { MaxDepth = null, MaxAliases = null, MaxCost = null };

    /// <summary>The deepest field nesting allowed; root fields are at depth 1, so <c>{ a { b } }</c> has depth 2. Default 20.</summary>
    public int? MaxDepth { get; init; } = 20;

    /// <summary>The most aliased fields allowed in the operation, fragments expanded. Default 30.</summary>
    public int? MaxAliases { get; init; } = 30;

    /// <summary>The highest estimated cost allowed (see the cost model above). Default 10,000.</summary>
    public long? MaxCost { get; init; } = 10_000;

    /// <summary>The size assumed for a list field given no list size argument. Default 10.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Argument names that give a list field's size, in order of preference. Default <c>first</c>, <c>last</c>, <c>limit</c>.</summary>
    public IReadOnlyList<string> ListSizeArguments { get; init; } = ["first", "last", "limit"];

    /// <summary>The cost of a leaf field. Default 0: scalars come with the object that holds them.</summary>
    public int LeafCost { get; init; }

    /// <summary>The cost of an object, interface or union field, before its selection set. Default 1.</summary>
    public int CompositeCost { get; init; } = 1;
}
