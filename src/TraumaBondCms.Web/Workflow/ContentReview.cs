using System.Globalization;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// A published item's clinical review as every API shows it to readers: whether a clinician signed the published
/// content, or it is unreviewed sample content; who signed, with which credential and when; who confirmed that
/// credential, or that nobody independently did; and one sentence saying all that plainly.
/// </summary>
public sealed record ContentReview(
    bool ClinicallyReviewed,
    bool Sample,
    string? Reviewer,
    string? Credential,
    DateTimeOffset? ReviewedUtc,
    string? CredentialConfirmedBy,
    bool CredentialIndependentlyConfirmed,
    string Statement)
{
    /// <summary>The review of a published item from its <paramref name="state"/>.</summary>
    public static ContentReview From(ReviewState state)
    {
        if (state.LastReviewedUtc is not { } reviewed)
        {
            return new ContentReview(false, state.Sample, null, null, null, null, false,
                state.Sample ? "Sample content, not clinically reviewed." : "Not clinically reviewed.");
        }

        var statement = string.Create(CultureInfo.InvariantCulture, $"Reviewed by {state.ReviewerDisplayName} ({state.Credential}) on {reviewed:yyyy-MM-dd}; ")
            + (state.CredentialIndependentlyConfirmed
                ? $"credential confirmed by {state.CredentialConfirmedBy}, a second administrator."
                : "the reviewer's credential was not independently confirmed (single-administrator mode).");
        return new ContentReview(true, false, state.ReviewerDisplayName, state.Credential, reviewed, state.CredentialIndependentlyConfirmed ? state.CredentialConfirmedBy : null, state.CredentialIndependentlyConfirmed, statement);
    }
}
