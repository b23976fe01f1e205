using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Web.Governance;
using TraumaBondCms.Web.Signing;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// Makes the signed approval a reviewer's signature transition records: the reviewer's name and credential as they are
/// now, who confirmed that credential and when (or, in single-administrator mode, that nobody independently did), the
/// meaning of the signature and the time, signed with the server's key. Thread-safe.
/// </summary>
public sealed class ApprovalIssuer(ApprovalSignatures signatures, IOptions<GovernanceOptions> governance)
{
    /// <summary>
    /// The signed approval of <paramref name="target"/> by <paramref name="signer"/> at <paramref name="now"/>, following the
    /// item's approval <paramref name="previousApprovalId"/> (null for its first), signed with the identification components
    /// <paramref name="signedWith"/> (e.g. <c>password+totp</c>).
    /// </summary>
    public Approval Issue(ContentItem target, CmsUser signer, WorkflowEffect effect, string? comment, DateTimeOffset now, string? previousApprovalId, string signedWith)
    {
        var kind = effect switch
        {
            WorkflowEffect.RenewReview => ApprovalKind.Renewal,
            WorkflowEffect.PostIncidentReview => ApprovalKind.PostIncidentReview,
            _ => ApprovalKind.Approval,
        };
        var confirmed = signer.CredentialConfirmed;
        return signatures.Sign(new Approval
        {
            ApprovalId = ContentIds.New(),
            ContentItemId = target.ContentItemId,
            ContentItemVersionId = target.ContentItemVersionId,
            ContentHash = target.ContentHash,
            Reviewer = signer.UserName,
            ReviewerDisplayName = signer.DisplayName,
            Credential = signer.Credential!.ToString(),
            CredentialConfirmedBy = confirmed ? signer.CredentialConfirmedBy : null,
            CredentialConfirmedUtc = confirmed ? signer.CredentialConfirmedUtc : null,
            CredentialIndependentlyConfirmed = confirmed,
            SignedUtc = now,
            Kind = kind,
            Meaning = ApprovalStatement.MeaningOf(kind) + (confirmed || !governance.Value.SingleAdministratorMode ? string.Empty : " " + NotIndependentlyConfirmed),
            Comment = comment,
            PreviousApprovalId = previousApprovalId,
            SignedWith = signedWith,
        });
    }

    /// <summary>What an approval signed in single-administrator mode says about the credential.</summary>
    public const string NotIndependentlyConfirmed = "The reviewer's credential was not independently confirmed: this CMS runs in single-administrator mode.";
}
