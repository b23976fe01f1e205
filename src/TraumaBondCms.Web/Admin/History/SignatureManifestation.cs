using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.Admin.History;

/// <summary>
/// What a clinical signature shows a reader of the record, as regulated electronic signatures do: the signer's printed name,
/// their credential at signing, who vouched for that credential, the date and time, and what the signature means, with the
/// exact content signed (version and hash), the identification components given and whether the server's signature of the
/// record still verifies, and, once voided, when and why it stopped counting.
/// </summary>
public sealed record SignatureManifestation
{
    /// <summary>The signer's name as shown to readers.</summary>
    public required string SignerName { get; init; }

    /// <summary>The signer's user name.</summary>
    public required string UserName { get; init; }

    /// <summary>The credential held when signing, as text (title, licence, issuer, expiry); empty for a recipe's import.</summary>
    public required string Credential { get; init; }

    /// <summary>Who vouched for the credential (a second administrator); null when the record does not say.</summary>
    public string? VouchedBy { get; init; }

    /// <summary>When it was signed.</summary>
    public required DateTimeOffset SignedUtc { get; init; }

    /// <summary>What the signature means, in words.</summary>
    public required string Meaning { get; init; }

    /// <summary>The kind of approval.</summary>
    public required ApprovalKind Kind { get; init; }

    /// <summary>The number of the version signed; null when that version is gone.</summary>
    public int? Version { get; init; }

    /// <summary>The content hash signed.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The reviewer's comment when signing; null for none.</summary>
    public string? Comment { get; init; }

    /// <summary>Why the reviewer signed despite the checks' warnings; null when nothing was overridden.</summary>
    public string? OverrideReason { get; init; }

    /// <summary>When the approval was voided; null while it counts.</summary>
    public DateTimeOffset? VoidedUtc { get; init; }

    /// <summary>Why it was voided.</summary>
    public string? VoidedReason { get; init; }

    /// <summary>The identification components the signer gave (e.g. <c>password+totp</c>); null for records that do not say.</summary>
    public string? SignedWith { get; init; }

    /// <summary>The server key that signed the record; null for unsigned records (recipe samples).</summary>
    public string? SigningKeyId { get; init; }

    /// <summary>True when the server's signature still verifies over the record as stored (false: changed after signing).</summary>
    public bool SignatureVerifies { get; init; }

    /// <summary>The components in words, e.g. "password and authenticator code".</summary>
    public string? SignedWithWords => SignedWith?.Replace("+", " and ", StringComparison.Ordinal).Replace("totp", "authenticator code", StringComparison.Ordinal).Replace("recovery-code", "recovery code", StringComparison.Ordinal);

    /// <summary>What a signature of <paramref name="kind"/> on version <paramref name="version"/> means.</summary>
    public static string MeaningOf(ApprovalKind kind, int? version) => kind switch
    {
        ApprovalKind.Approval => $"Clinical approval: I reviewed version {version} and confirm its exact content is clinically accurate and safe to publish.",
        ApprovalKind.Renewal => $"Periodic re-review: I confirm the published version {version} is still clinically accurate.",
        _ => "Not a clinical signature: the setup published this sample content without review.",
    };
}
