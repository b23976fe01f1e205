namespace TraumaBondCms.Core.Search;

/// <summary>
/// A parsed search: every <see cref="Required"/> clause must match and no <see cref="Excluded"/> clause may.
/// Made by <see cref="SearchQueryParser"/> from any text, never invalid; an empty query (nothing searchable was
/// typed) matches nothing. Immutable.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<SearchNode> Required, IReadOnlyList<SearchNode> Excluded)
{
    /// <summary>The query that matches nothing.</summary>
    public static SearchQuery Empty { get; } = new([], []);

    /// <summary>True when there is nothing to search for.</summary>
    public bool IsEmpty => Required.Count == 0;

    /// <summary>True when <see cref="Relax"/> would loosen the query: it requires more than one clause.</summary>
    public bool CanRelax => Required.Count > 1;

    /// <summary>
    /// The same query with any one of the required clauses enough (their words and phrases become one choice);
    /// exclusions stay. For a long question that matches nothing as a whole, ranking then puts the items that match
    /// most of it first.
    /// </summary>
    public SearchQuery Relax() =>
        CanRelax ? new SearchQuery([new SearchAny(Required.SelectMany(r => r.Leaves).Distinct().ToArray())], Excluded) : this;

    /// <summary>The query-language form, one clause per required item and <c>-</c> before exclusions: <c>leave ("no contact" OR nc) -drug</c>.</summary>
    public override string ToString() =>
        string.Join(' ', Required.Select(r => r.ToString()).Concat(Excluded.Select(e => "-" + e)));
}
