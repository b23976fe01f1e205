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

    /// <summary>
    /// The second tier of a search: items that match any of the required words and phrases that are not stop words, but not
    /// all the required clauses (those are the first tier), and no exclusion. Null when there is no second tier: the query
    /// has a single clause, or only stop words.
    /// </summary>
    public SearchQuery? Broaden()
    {
        if (Required.Count < 2)
        {
            return null;
        }

        var meaningful = Required.SelectMany(r => r.Leaves).Where(l => !StopWords.Covers(l)).Distinct().ToArray();
        return meaningful.Length == 0
            ? null
            : new SearchQuery([meaningful.Length == 1 ? meaningful[0] : new SearchAny(meaningful)], [.. Excluded, new SearchAll(Required)]);
    }

    /// <summary>The query-language form, one clause per required item and <c>-</c> before exclusions: <c>leave ("no contact" OR nc) -drug</c>.</summary>
    public override string ToString() =>
        string.Join(' ', Required.Select(r => r.ToString()).Concat(Excluded.Select(e => "-" + e)));
}
