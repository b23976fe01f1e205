namespace TraumaBondCms.Core.Search;

/// <summary>
/// A choice: any one of <see cref="Options"/> satisfies the clause. Made by <c>OR</c> in a query and by synonym expansion
/// (<c>NC</c> → <c>NC OR "no contact"</c>), where the options are words and phrases, and by <see cref="SearchQuery.Broaden"/>,
/// where they may be conjunctions.
/// </summary>
public sealed record SearchAny(IReadOnlyList<SearchNode> Options) : SearchNode
{
    /// <summary>
    /// When the choice comes from synonyms, the option the reader typed (one of <see cref="Options"/>): items that use the
    /// reader's own words rank above items that only use a synonym. Null for a choice typed with <c>OR</c>.
    /// </summary>
    public SearchNode? Typed { get; init; }

    /// <inheritdoc />
    public override IEnumerable<SearchNode> Leaves => Options;

    /// <summary>The query-language form: <c>(nc OR "no contact")</c>.</summary>
    public override string ToString() => "(" + string.Join(" OR ", Options) + ")";
}
