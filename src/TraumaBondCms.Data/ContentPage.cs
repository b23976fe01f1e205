using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data;

/// <summary>One page of a list query: the items, the total matching, and the cursor of the next page (null on the last).</summary>
public sealed record ContentPage(IReadOnlyList<ContentItem> Items, int TotalCount, string? NextCursor);
