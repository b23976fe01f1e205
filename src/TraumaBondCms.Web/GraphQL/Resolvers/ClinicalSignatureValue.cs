using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>
/// The signature behind a published item's clinical review, as GraphQL exposes it for independent checking: every signed
/// field as signed (times to the millisecond, as in the statement), the statement's exact text, the key id and the ES256
/// signature, and whether this server verified it. Anyone can verify the signature (<c>value</c>) over <see cref="Statement"/>
/// with the key from <c>/.well-known/tbcms-signing-keys</c> and compare the statement's fields with those shown.
/// </summary>
public sealed record ClinicalSignatureValue(Approval Approval, bool Verified)
{
    /// <summary>The statement format (1 or 2).</summary>
    public int Format => Approval.StatementFormat;

    /// <summary>The time signed, as the statement writes it.</summary>
    public string SignedUtc => ApprovalStatement.Format(Approval.SignedUtc)!;

    /// <summary>When the credential was confirmed, as the statement writes it; null when nobody independently did.</summary>
    public string? CredentialConfirmedUtc => ApprovalStatement.Format(Approval.CredentialConfirmedUtc);

    /// <summary>The exact signed bytes as UTF-8 text.</summary>
    public string Statement => ApprovalStatement.CanonicalText(Approval);
}
