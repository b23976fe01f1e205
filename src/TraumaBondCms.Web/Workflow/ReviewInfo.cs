namespace TraumaBondCms.Web.Workflow;

/// <summary>A published item's clinical review as readers and reviewers see it: who reviewed it, when, and when it is due again.</summary>
public sealed record ReviewInfo(
    string ContentItemId,
    string ContentType,
    string DisplayText,
    DateTimeOffset? LastReviewedUtc,
    string? Reviewer,
    string? ReviewerCredential,
    DateTimeOffset? NextReviewDueUtc,
    bool Overdue)
{
    /// <summary>Why the item is on the re-review list: <see cref="DueReason"/> (its periodic review) or <see cref="SourceChangedReason"/>.</summary>
    public string Reason { get; init; } = DueReason;

    /// <summary>The item's culture.</summary>
    public string Culture { get; init; } = Core.Localization.CultureNames.BuiltInDefault;

    /// <summary>For a translation whose source changed: when it was flagged; null otherwise.</summary>
    public DateTimeOffset? SourceChangedUtc { get; init; }

    /// <summary>The periodic review is due.</summary>
    public const string DueReason = "Due";

    /// <summary>A translation's source published a version the translation does not follow.</summary>
    public const string SourceChangedReason = "SourceChanged";
}
