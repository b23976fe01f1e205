namespace TraumaBondCms.Core.Search;

/// <summary>
/// A conjunction: every one of <see cref="Clauses"/> must match. Appears only in broadened queries
/// (<see cref="SearchQuery.Broaden"/>): as the options of "all but one" and, among the exclusions, to leave out what the
/// strict query already found.
/// </summary>
public sealed record SearchAll(IReadOnlyList<SearchNode> Clauses) : SearchNode
{
    /// <inheritdoc />
    public override IEnumerable<SearchNode> Leaves => Clauses.SelectMany(c => c.Leaves);

    /// <summary>The query-language form: <c>(a AND (b OR c))</c>.</summary>
    public override string ToString() => "(" + string.Join(" AND ", Clauses) + ")";
}
