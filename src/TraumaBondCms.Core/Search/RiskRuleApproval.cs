namespace TraumaBondCms.Core.Search;

/// <summary>
/// A scope's risk rules as a clinical reviewer signed them: the rules, the proposal they came from, who signed with which
/// credential, when and with which identification components, and the server's signature over <see cref="RiskRuleStatement"/>.
/// Immutable.
/// </summary>
public sealed record RiskRuleApproval
{
    /// <summary>The scope: <see cref="RiskRuleBook.SiteScope"/> or a culture name or language tag.</summary>
    public required string Scope { get; init; }

    /// <summary>1 for the scope's first signed rule set, one more for each after.</summary>
    public required int Version { get; init; }

    /// <summary>The rules signed, in order.</summary>
    public required IReadOnlyList<string> Rules { get; init; }

    /// <summary>The proposal signed.</summary>
    public required string ProposalId { get; init; }

    /// <summary>Who proposed the rules.</summary>
    public required string ProposedBy { get; init; }

    /// <summary>When the rules were proposed.</summary>
    public required DateTimeOffset ProposedUtc { get; init; }

    /// <summary>The reviewer's user name.</summary>
    public required string SignedBy { get; init; }

    /// <summary>The reviewer's name as it was at signing.</summary>
    public required string SignedByDisplayName { get; init; }

    /// <summary>The reviewer's credential as it was at signing.</summary>
    public required string Credential { get; init; }

    /// <summary>The administrator who confirmed that credential; null when nobody independently did (single-administrator mode).</summary>
    public string? CredentialConfirmedBy { get; init; }

    /// <summary>When it was signed (to the millisecond).</summary>
    public required DateTimeOffset SignedUtc { get; init; }

    /// <summary>The identification components given, e.g. <c>password+totp</c>.</summary>
    public required string SignedWith { get; init; }

    /// <summary>The reviewer's comment; null for none.</summary>
    public string? Comment { get; init; }

    /// <summary>The signed version this one follows; null for the scope's first.</summary>
    public int? PreviousVersion { get; init; }

    /// <summary>The server key that signed it; null until signed.</summary>
    public string? SigningKeyId { get; init; }

    /// <summary>The ES256 signature over <see cref="RiskRuleStatement.Canonical"/>, base64url; null until signed.</summary>
    public string? Signature { get; init; }
}
