namespace TraumaBondCms.Web.Search;

/// <summary>The query string of a search request, held apart from the request by <see cref="SearchQueryShield"/>.</summary>
public sealed record ShieldedQuery(QueryString QueryString);
