namespace TraumaBondCms.Web.Admin.History;

/// <summary>An item's review history, oldest event first; <see cref="Truncated"/> when older events exist than those read.</summary>
public sealed record ReviewHistory(IReadOnlyList<ReviewEvent> Events, bool Truncated);
