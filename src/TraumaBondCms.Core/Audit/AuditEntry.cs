namespace TraumaBondCms.Core.Audit;

/// <summary>
/// One entry of the append-only audit log: who did what, when, to which item version (and its content
/// hash), with the status change and the reason given. Written in the same transaction as the change it
/// records; the database refuses updates and deletes of entries.
/// </summary>
public sealed record AuditEntry
{
    /// <summary>The entry's sequence number, assigned by the store (0 before it is written).</summary>
    public long Id { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset OccurredUtc { get; init; }

    /// <summary>
    /// The user name of who acted, or the name an anonymous caller signed in with; null for the system (setup, scheduler).
    /// Bounded and escaped (<see cref="AuditText"/>): it may echo what a caller typed.
    /// </summary>
    public string? Actor { get; init => field = AuditText.Bounded(value, AuditText.MaxActorLength); }

    /// <summary>What happened: one of <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The content item concerned; null for entries about users, settings or sign-ins.</summary>
    public string? ContentItemId { get; init; }

    /// <summary>The version concerned; null when the entry is not about one version.</summary>
    public string? ContentItemVersionId { get; init; }

    /// <summary>The content hash of that version at the time.</summary>
    public string? ContentHash { get; init; }

    /// <summary>The status before the change; null when not a status change.</summary>
    public string? FromStatus { get; init; }

    /// <summary>The status after the change; null when not a status change.</summary>
    public string? ToStatus { get; init; }

    /// <summary>The reason or comment given; null for none. Bounded and escaped (<see cref="AuditText"/>): it may echo what a caller typed.</summary>
    public string? Reason { get; init => field = AuditText.Bounded(value, AuditText.MaxReasonLength); }

    /// <summary>Further facts as a JSON object (e.g. the user an administrator changed); null for none.</summary>
    public string? Details { get; init; }

    /// <summary>
    /// The <see cref="EntryHash"/> of the entry before this one in the log (<see cref="AuditChain.Genesis"/> for the first), as
    /// the store wrote it; null for entries written before the log was chained, and before the store writes the entry.
    /// </summary>
    public string? PreviousHash { get; init; }

    /// <summary>This entry's link in the hash chain (<see cref="AuditChain.Next"/>); null for entries written before the log was chained.</summary>
    public string? EntryHash { get; init; }

    /// <summary>An entry about one version of an item (its id, version id and content hash filled in from <paramref name="version"/>).</summary>
    public static AuditEntry ForVersion(Content.ContentItem version, string action, string? actor, DateTimeOffset occurredUtc, string? reason = null, string? fromStatus = null, string? toStatus = null, string? details = null) => new()
    {
        OccurredUtc = occurredUtc,
        Actor = actor,
        Action = action,
        ContentItemId = version.ContentItemId,
        ContentItemVersionId = version.ContentItemVersionId,
        ContentHash = version.ContentHash,
        FromStatus = fromStatus,
        ToStatus = toStatus,
        Reason = reason,
        Details = details,
    };
}
