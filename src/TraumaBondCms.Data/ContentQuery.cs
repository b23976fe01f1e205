namespace TraumaBondCms.Data;

/// <summary>
/// A list query over content items. Filters left null match everything. By default results are ordered by
/// modification time, newest first (or oldest first), with the version id as a stable tie-break;
/// <see cref="After"/> is the opaque cursor of the last item of the previous page.
/// <para>
/// Setting any of <see cref="Where"/>, <see cref="OrderBy"/>, <see cref="Last"/> or <see cref="Before"/> switches to
/// keyset paging: the order is <see cref="OrderBy"/> (newest modification first when null) then the item id, pages can
/// run forwards (<see cref="First"/> after <see cref="After"/>) or backwards (<see cref="Last"/> before
/// <see cref="Before"/>), and every item gets its own cursor (<see cref="ContentPage.Cursors"/>). Cursors of the two
/// modes are not interchangeable, and a keyset cursor only fits the order it was made for.
/// </para>
/// </summary>
public sealed record ContentQuery
{
    /// <summary>Only items of these types; null or empty for all types.</summary>
    public IReadOnlyList<string>? ContentTypes { get; init; }

    /// <summary>Which version of each item to read.</summary>
    public ContentStatusFilter Status { get; init; } = ContentStatusFilter.Published;

    /// <summary>Only items whose display text contains this text, ignoring case.</summary>
    public string? DisplayTextContains { get; init; }

    /// <summary>Only items owned by this user name.</summary>
    public string? Owner { get; init; }

    /// <summary>Only items with this slug.</summary>
    public string? Slug { get; init; }

    /// <summary>Only versions in one of these workflow statuses; null or empty for any.</summary>
    public IReadOnlyList<string>? WorkflowStatuses { get; init; }

    /// <summary>Oldest modification first (a review queue) instead of newest first.</summary>
    public bool OldestFirst { get; init; }

    /// <summary>The page size, 1 to 500.</summary>
    public int First { get; init; } = 50;

    /// <summary>The cursor to continue after; null for the first page.</summary>
    public string? After { get; init; }

    /// <summary>Keyset paging: only items matching this filter; null for all.</summary>
    public ContentFilter? Where { get; init; }

    /// <summary>Keyset paging: the order keys, on single-valued fields; null or empty for newest modification first.</summary>
    public IReadOnlyList<ContentOrder>? OrderBy { get; init; }

    /// <summary>Keyset paging backwards: the page size (1 to 500) counted back from <see cref="Before"/> (or the end); null to page forwards with <see cref="First"/>.</summary>
    public int? Last { get; init; }

    /// <summary>Keyset paging: only items before this cursor; null for no upper bound.</summary>
    public string? Before { get; init; }

    /// <summary>Keyset paging: false to skip counting the matches (then <see cref="ContentPage.TotalCount"/> is -1). Default true.</summary>
    public bool CountTotal { get; init; } = true;

    /// <summary>True when the query uses keyset paging (see the type's remarks).</summary>
    public bool IsKeyset => Where is not null || OrderBy is not null || Last is not null || Before is not null;
}
