using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data;

/// <summary>
/// One page of a list query: the items, the total matching (-1 when a keyset query skipped counting), and the cursor of
/// the next page (null on the last). Keyset queries also give each item's cursor and both paging flags.
/// </summary>
public sealed record ContentPage(IReadOnlyList<ContentItem> Items, int TotalCount, string? NextCursor)
{
    /// <summary>Keyset queries: the cursor of each item, in item order; null for default-mode queries.</summary>
    public IReadOnlyList<string>? Cursors { get; init; }

    /// <summary>More items follow the page (keyset queries paging backwards: true when a <c>Before</c> cursor was given).</summary>
    public bool HasNextPage { get; init; }

    /// <summary>Keyset queries: items precede the page (paging forwards: true when an <c>After</c> cursor was given).</summary>
    public bool HasPreviousPage { get; init; }
}
