namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>
/// A published item's clinical review as readers see it: the reviewer's name and credentials and when they signed the
/// published content (all null when no clinician has signed it, e.g. content a recipe imported), and when the next review
/// is due (null when the type has no review interval, or when the item was never reviewed and so is due now).
/// </summary>
public sealed record ClinicalReviewValue(string? Reviewer, string? Credentials, DateTimeOffset? ReviewedUtc, DateTimeOffset? NextReviewDueUtc)
{
    /// <summary>True when a clinical reviewer signed the published content.</summary>
    public bool ClinicallyReviewed => ReviewedUtc is not null;
}
