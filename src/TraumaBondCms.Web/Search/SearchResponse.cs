namespace TraumaBondCms.Web.Search;

/// <summary>
/// The answer to <c>GET /api/search</c>. When <see cref="Crisis"/> is true the query contained a risk phrase and the first
/// page starts with the configured crisis resources (marked <c>pinned</c>). Hits that match every word come first; when
/// there are few of them, hits that match only some of the meaningful words follow, marked <c>partial</c>.
/// <see cref="Total"/> counts the items that match every word (or, when none does, those that match some) and, with
/// <see cref="Facets"/>, comes with the first page only; both are counted over the best 1,000 matches, so when <see cref="CountsAreExact"/> is false the total is a lower
/// bound ("1,000+") and the facets describe the best matches. <see cref="NextCursor"/> is null on the last page.
/// </summary>
public sealed record SearchResponse(
    bool Crisis,
    int? Total,
    IReadOnlyList<SearchHitResponse> Hits,
    SearchFacetsResponse? Facets,
    string? NextCursor,
    bool? CountsAreExact = null);
