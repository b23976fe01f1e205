namespace TraumaBondCms.Core.Audit;

/// <summary>Filters for reading the audit log; null filters match everything. Results are newest first.</summary>
public sealed record AuditQuery
{
    /// <summary>Only entries about this item.</summary>
    public string? ContentItemId { get; init; }

    /// <summary>Only entries by this user name.</summary>
    public string? Actor { get; init; }

    /// <summary>Only entries with this action.</summary>
    public string? Action { get; init; }

    /// <summary>Only entries at or after this time.</summary>
    public DateTimeOffset? FromUtc { get; init; }

    /// <summary>Only entries before this time.</summary>
    public DateTimeOffset? ToUtc { get; init; }

    /// <summary>Only entries with an id below this one (for paging back in time).</summary>
    public long? BeforeId { get; init; }

    /// <summary>The most entries to return (1–500).</summary>
    public int Limit { get; init; } = 100;
}
