namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// How many items a field can return, for the cost analysis (after the <c>@listSize</c> directive of the IBM GraphQL
/// Cost Directive specification, https://ibm.github.io/graphql-specs/cost-spec.html). The size charged is the value of
/// the first <see cref="SlicingArguments"/> argument the selection gives (at most <see cref="MaxSlice"/>), otherwise
/// <see cref="AssumedSize"/>. A list field multiplies the cost of its selection set by that size; a connection-like
/// field passes it to its <see cref="SizedFields"/> (e.g. <c>edges</c>, <c>nodes</c>) instead. Immutable.
/// </summary>
public sealed record ListSize
{
    /// <summary>The size when no slicing argument is given: a default page size, or the most items the field can hold. Null for the analyzer's default list size.</summary>
    public int? AssumedSize { get; init; }

    /// <summary>Arguments whose value is the number of items returned (e.g. <c>first</c>, <c>last</c>), in order of preference.</summary>
    public IReadOnlyList<string> SlicingArguments { get; init; } = [];

    /// <summary>The largest slice the resolver accepts (it refuses more); a larger argument is charged at this. Null for no cap.</summary>
    public int? MaxSlice { get; init; }

    /// <summary>Fields of the returned object whose list size this is (a connection's <c>edges</c> and <c>nodes</c>); empty when the field is the list itself.</summary>
    public IReadOnlyList<string> SizedFields { get; init; } = [];

    /// <summary>A list that holds at most <paramref name="maxItems"/> items whatever the arguments.</summary>
    public static ListSize AtMost(int maxItems) => new() { AssumedSize = maxItems };

    /// <summary>A Relay connection: <c>first</c>/<c>last</c> slice it (default <paramref name="defaultPageSize"/>, at most <paramref name="maxPageSize"/>) and size its <c>edges</c> and <c>nodes</c>.</summary>
    public static ListSize Connection(int defaultPageSize, int maxPageSize) => new()
    {
        AssumedSize = defaultPageSize,
        SlicingArguments = ["first", "last"],
        MaxSlice = maxPageSize,
        SizedFields = ["edges", "nodes"],
    };
}
