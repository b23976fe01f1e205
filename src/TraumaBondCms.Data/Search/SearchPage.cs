namespace TraumaBondCms.Data.Search;

/// <summary>
/// One page of results. <see cref="Total"/> counts every match (what paging through the results returns); the facets,
/// null unless the request asked for them, count over every match too and are disjunctive: type counts apply every filter
/// but the type filter, topic counts every filter but the topic filter, so each tells how many results choosing that
/// value would give.
/// </summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, bool HasMore, int Total, IReadOnlyList<SearchFacet>? ContentTypes, IReadOnlyList<SearchFacet>? Topics)
{
    /// <summary>No hits, with zero counts.</summary>
    public static SearchPage Empty { get; } = new([], false, 0, [], []);
}
