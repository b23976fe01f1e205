using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data;

/// <summary>
/// One page of a list query: the items, the total matching (-1 when the query skipped counting), the cursor of the next
/// page (null on the last), each item's cursor, and both paging flags.
/// </summary>
public sealed record ContentPage(IReadOnlyList<ContentItem> Items, int TotalCount, string? NextCursor)
{
    /// <summary>The cursor of each item, in item order.</summary>
    public IReadOnlyList<string>? Cursors { get; init; }

    /// <summary>More items follow the page (paging backwards: true when a <c>Before</c> cursor was given).</summary>
    public bool HasNextPage { get; init; }

    /// <summary>Items precede the page (paging forwards: true when an <c>After</c> cursor was given).</summary>
    public bool HasPreviousPage { get; init; }
}
