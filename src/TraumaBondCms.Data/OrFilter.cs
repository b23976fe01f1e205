namespace TraumaBondCms.Data;

/// <summary>True when at least one filter is; an empty list is false.</summary>
public sealed record OrFilter(IReadOnlyList<ContentFilter> Filters) : ContentFilter;
