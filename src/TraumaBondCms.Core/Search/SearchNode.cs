namespace TraumaBondCms.Core.Search;

/// <summary>
/// One clause of a parsed <see cref="SearchQuery"/>: a word (<see cref="SearchTerm"/>), a phrase
/// (<see cref="SearchPhrase"/>) or a choice between them (<see cref="SearchAny"/>). Nodes hold folded words only
/// (letters and digits, see <see cref="SearchText"/>), never operators or raw user text, so an engine can render them
/// without escaping anything but its own quoting. Immutable.
/// </summary>
public abstract record SearchNode
{
    /// <summary>The words and phrases this node is made of, for engines that render choices flat.</summary>
    public abstract IEnumerable<SearchNode> Leaves { get; }
}
