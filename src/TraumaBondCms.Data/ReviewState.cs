namespace TraumaBondCms.Data;

/// <summary>A published item's clinical review: when its published content was last signed by a reviewer, and by whom.</summary>
public sealed record ReviewState(string ContentItemId, string ContentType, string DisplayText, string ContentHash, DateTimeOffset? LastReviewedUtc, string? Reviewer, string? ReviewerDisplayName, string? Credential);
