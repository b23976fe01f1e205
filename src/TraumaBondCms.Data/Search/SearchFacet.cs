namespace TraumaBondCms.Data.Search;

/// <summary>A facet value (a content type or topic slug) and how many matches have it.</summary>
public sealed record SearchFacet(string Value, int Count);
