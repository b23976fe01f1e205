using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>
/// A published item's clinical review as readers see it: the reviewer's name and credentials and when they signed the
/// published content (all null when no clinician has signed it, e.g. unreviewed sample content), who confirmed the
/// reviewer's credential, whether it is sample content, a plain statement of all that, and when the next review is due
/// (null when the type has no review interval, or when the item was never reviewed and so is due now).
/// </summary>
/// <param name="Review">The review as every API shows it.</param>
/// <param name="NextReviewDueUtc">When the next review is due; null when the type has no interval or it was never reviewed.</param>
/// <param name="ContentItemId">The item.</param>
/// <param name="ApprovalId">The approval whose signer is shown; null when no clinician signed.</param>
public sealed record ClinicalReviewValue(ContentReview Review, DateTimeOffset? NextReviewDueUtc, string ContentItemId, string? ApprovalId)
{
    /// <summary>The reviewer's name; null when no clinician signed.</summary>
    public string? Reviewer => Review.Reviewer;

    /// <summary>The reviewer's credential when they signed.</summary>
    public string? Credentials => Review.Credential;

    /// <summary>When the published content was signed.</summary>
    public DateTimeOffset? ReviewedUtc => Review.ReviewedUtc;

    /// <summary>True when a clinical reviewer signed the published content.</summary>
    public bool ClinicallyReviewed => Review.ClinicallyReviewed;

    /// <summary>True for sample content a recipe published without clinical review.</summary>
    public bool Sample => Review.Sample;

    /// <summary>The administrator who confirmed the reviewer's credential; null when nobody independently did.</summary>
    public string? CredentialConfirmedBy => Review.CredentialConfirmedBy;

    /// <summary>True when a second administrator confirmed the reviewer's credential.</summary>
    public bool CredentialIndependentlyConfirmed => Review.CredentialIndependentlyConfirmed;

    /// <summary>The review in one sentence, saying plainly when content is a sample or a credential was not independently confirmed.</summary>
    public string Statement => Review.Statement;
}
