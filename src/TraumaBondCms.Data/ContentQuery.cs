namespace TraumaBondCms.Data;

/// <summary>
/// A list query over content items, paged by keyset (no offsets). Filters left null match everything. The order is
/// <see cref="OrderBy"/> (when null: modification time, newest first, or oldest first with <see cref="OldestFirst"/>)
/// then the item id as a stable tie-break, in the direction of the last key (so one index serves the order both ways). Pages run forwards (<see cref="First"/> after <see cref="After"/>) or
/// backwards (<see cref="Last"/> before <see cref="Before"/>), and every item gets its own cursor
/// (<see cref="ContentPage.Cursors"/>). A cursor is opaque and fits only the order it was made for; a malformed one
/// is a <see cref="Core.Content.ContentValidationException"/> naming <c>after</c> or <c>before</c>.
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

    /// <summary>
    /// Only items in these cultures, the reader's most preferred first (a fallback chain): an item in a later culture only
    /// when its localization set has no live item in an earlier one (in the same status; for drafts, any latest version),
    /// so each set appears once, in the best culture it has. Null for items of every culture; empty for none.
    /// </summary>
    public IReadOnlyList<string>? Cultures { get; init; }

    /// <summary>Only versions in one of these workflow statuses; null or empty for any.</summary>
    public IReadOnlyList<string>? WorkflowStatuses { get; init; }

    /// <summary>Oldest modification first (a review queue) instead of newest first.</summary>
    public bool OldestFirst { get; init; }

    /// <summary>The page size, 1 to 500.</summary>
    public int First { get; init; } = 50;

    /// <summary>The cursor to continue after; null for the first page.</summary>
    public string? After { get; init; }

    /// <summary>Only items matching this filter; null for all.</summary>
    public ContentFilter? Where { get; init; }

    /// <summary>The order keys, on single-valued fields; null or empty for newest modification first.</summary>
    public IReadOnlyList<ContentOrder>? OrderBy { get; init; }

    /// <summary>Paging backwards: the page size (1 to 500) counted back from <see cref="Before"/> (or the end); null to page forwards with <see cref="First"/>.</summary>
    public int? Last { get; init; }

    /// <summary>Only items before this cursor; null for no upper bound.</summary>
    public string? Before { get; init; }

    /// <summary>False to skip counting the matches (then <see cref="ContentPage.TotalCount"/> is -1). Default true.</summary>
    public bool CountTotal { get; init; } = true;
}
