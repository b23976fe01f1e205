namespace TraumaBondCms.Core.Safety;

/// <summary>
/// A record that someone checked a resource's contact details (they reach the service, hours and region are right).
/// Verifying never creates a content version: the record points at the version it checked and keeps the checked values
/// (<see cref="Channels"/>), and stays valid while the resource's channel fields keep those values. Append-only.
/// </summary>
public sealed record ResourceVerification
{
    /// <summary>The record's id.</summary>
    public required string VerificationId { get; init; }

    /// <summary>The resource item.</summary>
    public required string ContentItemId { get; init; }

    /// <summary>The version whose details were checked (the published one, when there is one).</summary>
    public required string ContentItemVersionId { get; init; }

    /// <summary>That version's content hash.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The hash of <see cref="Channels"/> (see <see cref="ResourceChannels.Fingerprint"/>).</summary>
    public required string ChannelsHash { get; init; }

    /// <summary>The checked channel fields as canonical JSON.</summary>
    public required string Channels { get; init; }

    /// <summary>The user name of the verifier, or <c>recipe</c>.</summary>
    public required string VerifiedBy { get; init; }

    /// <summary>The verifier's display name.</summary>
    public required string VerifiedByDisplayName { get; init; }

    /// <summary>When the check was made.</summary>
    public required DateTimeOffset VerifiedUtc { get; init; }

    /// <summary>A person or a recipe.</summary>
    public required VerificationKind Kind { get; init; }

    /// <summary>What was checked and how (e.g. "Called the line; hours confirmed on the website"); null for none.</summary>
    public string? Note { get; init; }

    /// <summary>How the person checked; null for recipe records (and records from before methods were stated).</summary>
    public VerificationMethod? Method { get; init; }

    /// <summary>When the person made the check (may be earlier than <see cref="VerifiedUtc"/>, when it was recorded); null when not stated.</summary>
    public DateTimeOffset? CheckedUtc { get; init; }

    /// <summary>The version of <see cref="VerificationStatement"/> the signature covers; null for records made before verifications were signed.</summary>
    public int? StatementFormat { get; init; }

    /// <summary>The identification components the verifier gave, e.g. <c>password+totp</c>; null for recipe records and unsigned ones.</summary>
    public string? SignedWith { get; init; }

    /// <summary>The id of the server key that signed the record; null when unsigned.</summary>
    public string? SigningKeyId { get; init; }

    /// <summary>The signature over <see cref="VerificationStatement.Canonical"/> (ES256, base64url); null when unsigned.</summary>
    public string? Signature { get; init; }
}
