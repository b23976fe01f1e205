namespace TraumaBondCms.Core.Search;

/// <summary>
/// A parsed search: every <see cref="Required"/> clause must match and no <see cref="Excluded"/> clause may. Made by
/// <see cref="SearchQueryParser"/> from any text, never invalid; an empty query (nothing searchable was typed) matches
/// nothing. Stop words are kept here, so the strict query finds the items that use every word the reader typed;
/// <see cref="Broaden"/> gives the looser query of items that contain some of the meaningful words. Immutable.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<SearchNode> Required, IReadOnlyList<SearchNode> Excluded)
{
    /// <summary>The query that matches nothing.</summary>
    public static SearchQuery Empty { get; } = new([], []);

    /// <summary>True when there is nothing to search for.</summary>
    public bool IsEmpty => Required.Count == 0;

    /// <summary>The most meaningful clauses for which <see cref="Broaden"/> asks for all but one of them; beyond, any one will do.</summary>
    public const int MaxAllButOne = 6;

    /// <summary>
    /// The second tier of a search: items that match some of the meaningful required clauses (stop words left out) but not
    /// all the required clauses (those are the first tier), and no exclusion. With three to <see cref="MaxAllButOne"/>
    /// meaningful clauses an item must match all of them but one, which keeps partial matches close to the question and
    /// cheap to find (intersections, not a union over the commonest word); with two, or more than that, any one suffices.
    /// Null when there is no second tier: the query has a single clause, or only stop words.
    /// </summary>
    public SearchQuery? Broaden()
    {
        if (Required.Count < 2)
        {
            return null;
        }

        var meaningful = Required.Where(r => !r.Leaves.All(StopWords.Covers)).ToArray();
        SearchNode choice;
        if (meaningful.Length >= 3 && meaningful.Length <= MaxAllButOne)
        {
            choice = new SearchAny(meaningful.Select((_, skipped) => (SearchNode)new SearchAll(meaningful.Where((_, i) => i != skipped).ToArray())).ToArray());
        }
        else
        {
            var leaves = Required.SelectMany(r => r.Leaves).Where(l => !StopWords.Covers(l)).Distinct().ToArray();
            if (leaves.Length == 0)
            {
                return null;
            }

            choice = leaves.Length == 1 ? leaves[0] : new SearchAny(leaves);
        }

        return new SearchQuery([choice], [.. Excluded, new SearchAll(Required)]);
    }

    /// <summary>The query-language form, one clause per required item and <c>-</c> before exclusions: <c>leave ("no contact" OR nc) -drug</c>.</summary>
    public override string ToString() =>
        string.Join(' ', Required.Select(r => r.ToString()).Concat(Excluded.Select(e => "-" + e)));
}
