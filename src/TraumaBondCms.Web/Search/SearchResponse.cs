namespace TraumaBondCms.Web.Search;

/// <summary>
/// The answer to <c>GET /api/search</c>. When <see cref="Crisis"/> is true the query matched a risk rule and the first page
/// starts with the crisis resources of <see cref="Region"/> (marked <c>pinned: crisis</c>), whatever else matches. Hits are
/// ranked by relevance; those that match only some of the meaningful words are marked <c>partial</c>. <see cref="Total"/>
/// (first page only, with <see cref="Facets"/>) counts every match, which is what paging returns. When nothing matched
/// as typed but a spelling the library uses did, the hits are for <see cref="Suggestion"/>. When nothing matched at all,
/// <see cref="Fallback"/> is true and the page holds the region's crisis resources and topics to start from.
/// <see cref="NextCursor"/> is null on the last page.
/// </summary>
public sealed record SearchResponse(
    bool Crisis,
    int? Total,
    IReadOnlyList<SearchHitResponse> Hits,
    SearchFacetsResponse? Facets,
    string? NextCursor,
    bool? CountsAreExact = null,
    string? Suggestion = null,
    string? Region = null,
    bool Fallback = false);
