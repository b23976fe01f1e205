namespace TraumaBondCms.Data;

/// <summary>True when every filter is; an empty list is true.</summary>
public sealed record AndFilter(IReadOnlyList<ContentFilter> Filters) : ContentFilter;
