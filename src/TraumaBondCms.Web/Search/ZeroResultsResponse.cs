using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Search;

/// <summary>The answer to <c>GET /api/search/zero-results</c>: whether counting is on, k, and the queries searched at least k times that found nothing.</summary>
public sealed record ZeroResultsResponse(bool Enabled, int MinimumCount, IReadOnlyList<ZeroResultQuery> Queries);
