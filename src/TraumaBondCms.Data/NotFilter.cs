namespace TraumaBondCms.Data;

/// <summary>True when <see cref="Filter"/> is false.</summary>
public sealed record NotFilter(ContentFilter Filter) : ContentFilter;
