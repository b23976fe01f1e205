namespace TraumaBondCms.Data.Search;

/// <summary>A normalized query that found nothing, and how many times it was searched.</summary>
public sealed record ZeroResultQuery(string Query, long Count);
