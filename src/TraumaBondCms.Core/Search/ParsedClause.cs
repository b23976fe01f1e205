namespace TraumaBondCms.Core.Search;

/// <summary>
/// A clause while a query is being parsed: its options (one, or several joined by <c>OR</c>), whether it was negated
/// with <c>-</c>, and whether it is a bare word typed on its own, which synonym matching may join with its neighbours
/// (<c>no contact</c> typed as two words still matches the synonym "no contact").
/// </summary>
internal sealed record ParsedClause(IReadOnlyList<SearchNode> Options, bool Negated, bool Bare)
{
    /// <summary>The option the reader typed, when synonyms added the others.</summary>
    public SearchNode? Typed { get; init; }

    /// <summary>The single bare word of a bare clause.</summary>
    public string? BareWord => Bare && Options is [SearchTerm { Prefix: false } term] ? term.Word : null;
}
