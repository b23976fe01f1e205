namespace TraumaBondCms.Data.Search;

/// <summary>
/// One page of results. <see cref="Total"/> and the facets are null unless the request asked for them. They are counted
/// over the best <see cref="SearchRequest.CountWindow"/> matches: exact when there are fewer (<see cref="CountsAreExact"/>),
/// otherwise a lower bound and the facets of the best matches, so that a word found in most documents costs one ranking
/// pass and not a second pass over all of them. Facet counts are disjunctive: type counts apply every filter but the type
/// filter, topic counts every filter but the topic filter, so each tells how many results choosing that value would give.
/// </summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, bool HasMore, int? Total, IReadOnlyList<SearchFacet>? ContentTypes, IReadOnlyList<SearchFacet>? Topics, bool CountsAreExact = true)
{
    /// <summary>No hits, with zero counts.</summary>
    public static SearchPage Empty { get; } = new([], false, 0, [], []);
}
