using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Search;

/// <summary>Facet counts: by content type (ignoring the type filter) and by topic slug (ignoring the topic filter).</summary>
public sealed record SearchFacetsResponse(IReadOnlyList<SearchFacet> ContentTypes, IReadOnlyList<SearchFacet> Topics);
