namespace TraumaBondCms.Web.Content;

/// <summary>One page of a content list: the items, how many match in all, and the cursor for the next page (null on the last).</summary>
public sealed record ContentListResponse(IReadOnlyList<ContentItemResponse> Items, int TotalCount, string? NextCursor);
