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
    bool Overdue);
