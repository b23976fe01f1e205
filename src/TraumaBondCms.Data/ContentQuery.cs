namespace TraumaBondCms.Data;

/// <summary>
/// A list query over content items. Filters left null match everything. Results are ordered by
/// modification time, newest first (or oldest first), with the version id as a stable tie-break;
/// <see cref="After"/> is the opaque cursor of the last item of the previous page.
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
}
