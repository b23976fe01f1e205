namespace TraumaBondCms.Data;

/// <summary>A published item's clinical review: when its published content was last signed by a reviewer, and by whom.</summary>
public sealed record ReviewState(string ContentItemId, string ContentType, string DisplayText, string ContentHash, DateTimeOffset? LastReviewedUtc, string? Reviewer, string? ReviewerDisplayName, string? Credential)
{
    /// <summary>The administrator who confirmed the signing reviewer's credential; null when nobody independently did, or nobody signed.</summary>
    public string? CredentialConfirmedBy { get; init; }

    /// <summary>True when the signing reviewer's credential was confirmed by a second administrator.</summary>
    public bool CredentialIndependentlyConfirmed { get; init; }

    /// <summary>True when no clinician signed the published content and a recipe published it as sample content.</summary>
    public bool Sample { get; init; }

    /// <summary>The id of the approval whose signer, credential and time this state shows; null when no clinician signed.</summary>
    public string? ApprovalId { get; init; }

    /// <summary>The culture the item is written in.</summary>
    public string Culture { get; init; } = Core.Localization.CultureNames.BuiltInDefault;
}
