namespace TraumaBondCms.Core.Workflow;

/// <summary>
/// A clinical reviewer's signature on one version's content hash, with the credential they held at the time.
/// An approval is valid until voided (by an edit of the approved item, or by a newer approval replacing it);
/// publishing needs a valid approval whose <see cref="ContentHash"/> equals the published version's hash.
/// </summary>
public sealed record Approval
{
    /// <summary>The approval's id.</summary>
    public required string ApprovalId { get; init; }

    /// <summary>The item.</summary>
    public required string ContentItemId { get; init; }

    /// <summary>The version that was signed.</summary>
    public required string ContentItemVersionId { get; init; }

    /// <summary>The signed content hash.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The reviewer's user name; <c>recipe</c> for sample content a recipe published without a clinical signature.</summary>
    public required string Reviewer { get; init; }

    /// <summary>The reviewer's name as shown to readers.</summary>
    public required string ReviewerDisplayName { get; init; }

    /// <summary>The reviewer's credential at signing time, as text; empty for recipe imports.</summary>
    public required string Credential { get; init; }

    /// <summary>When it was signed.</summary>
    public required DateTimeOffset SignedUtc { get; init; }

    /// <summary>What kind of approval this is.</summary>
    public required ApprovalKind Kind { get; init; }

    /// <summary>The reviewer's comment; null for none.</summary>
    public string? Comment { get; init; }

    /// <summary>What the signature means, in the reviewer's words as the server states them (see <see cref="ApprovalStatement.MeaningOf"/>).</summary>
    public string? Meaning { get; init; }

    /// <summary>The administrator who confirmed the reviewer's credential (user name); null when nobody independently did.</summary>
    public string? CredentialConfirmedBy { get; init; }

    /// <summary>When that administrator confirmed it.</summary>
    public DateTimeOffset? CredentialConfirmedUtc { get; init; }

    /// <summary>
    /// True when a second administrator confirmed the credential; false for approvals signed in single-administrator
    /// mode (and for recipe samples), which say so wherever they are shown.
    /// </summary>
    public bool CredentialIndependentlyConfirmed { get; init; }

    /// <summary>
    /// The version of <see cref="ApprovalStatement"/> the signature covers: 1 for approvals signed before the statement named the
    /// previous approval and how the signer identified themselves, 2 since. Part of the signed bytes, so it cannot be lowered.
    /// </summary>
    public int StatementFormat { get; init; } = 1;

    /// <summary>The item's approval signed just before this one (any version, any kind but recipe samples); null for its first. Signed from format 2.</summary>
    public string? PreviousApprovalId { get; init; }

    /// <summary>
    /// The identification components the signer gave, e.g. <c>password+totp</c> (password re-entered and a fresh authenticator
    /// code) or <c>password</c>; null for records from before format 2 and recipe samples. Signed from format 2.
    /// </summary>
    public string? SignedWith { get; init; }

    /// <summary>The signature over <see cref="ApprovalStatement.Canonical"/>: the signing key's id; null for unsigned (recipe sample) records.</summary>
    public string? SigningKeyId { get; init; }

    /// <summary>The signature value (ES256, base64url); null for unsigned records.</summary>
    public string? Signature { get; init; }

    /// <summary>When the approval was voided; null while it is valid.</summary>
    public DateTimeOffset? VoidedUtc { get; init; }

    /// <summary>Why it was voided.</summary>
    public string? VoidedReason { get; init; }

    /// <summary>True while the approval has not been voided.</summary>
    public bool IsValid => VoidedUtc is null;

    /// <summary>True for a reviewer's signature (not a recipe sample).</summary>
    public bool IsClinical => Kind is ApprovalKind.Approval or ApprovalKind.Renewal or ApprovalKind.PostIncidentReview;
}
