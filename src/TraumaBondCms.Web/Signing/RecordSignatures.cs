using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Core.Signing;

namespace TraumaBondCms.Web.Signing;

/// <summary>
/// Signs and checks the server's other signed records with its key (kept outside the database): resource verifications
/// (<see cref="VerificationStatement"/>), signed risk rule sets (<see cref="RiskRuleStatement"/>) and the audit chain's heads (<see cref="AuditHead"/>). Thread-safe.
/// </summary>
public sealed class RecordSignatures(ServerSigningKeys keys)
{
    /// <summary><paramref name="verification"/> signed by the current key in the current statement format.</summary>
    public ResourceVerification Sign(ResourceVerification verification)
    {
        var stated = verification with { StatementFormat = VerificationStatement.FormatVersion };
        var signature = keys.Sign(VerificationStatement.Canonical(stated));
        return stated with { SigningKeyId = signature.KeyId, Signature = signature.Value };
    }

    /// <summary>True when <paramref name="verification"/> carries a signature that verifies over its statement.</summary>
    public bool Verify(ResourceVerification verification) =>
        verification is { StatementFormat: not null, SigningKeyId: { } keyId, Signature: { } value }
        && keys.Verify(VerificationStatement.Canonical(verification), new DetachedSignature(keyId, value));

    /// <summary><paramref name="approval"/> of a risk rule set signed by the current key.</summary>
    public RiskRuleApproval Sign(RiskRuleApproval approval)
    {
        var signature = keys.Sign(RiskRuleStatement.Canonical(approval));
        return approval with { SigningKeyId = signature.KeyId, Signature = signature.Value };
    }

    /// <summary>True when <paramref name="approval"/> carries a signature by one of this server's keys that verifies over its statement.</summary>
    public bool Verify(RiskRuleApproval approval) =>
        approval is { SigningKeyId: { } keyId, Signature: { } value }
        && keys.VerifyOwn(RiskRuleStatement.Canonical(approval), new DetachedSignature(keyId, value));

    /// <summary>A head of the audit chain at entry <paramref name="sequence"/> with <paramref name="headHash"/>, signed now.</summary>
    public AuditHead SignHead(long sequence, string headHash, DateTimeOffset now)
    {
        var at = AuditChain.Truncate(now);
        var signature = keys.Sign(AuditHead.Canonical(sequence, headHash, at));
        return new AuditHead(sequence, headHash, at, signature.KeyId, signature.Value);
    }

    /// <summary>True when <paramref name="head"/>'s signature verifies with one of this server's keys (never another instance's).</summary>
    public bool Verify(AuditHead head) =>
        keys.VerifyOwn(head.Canonical(), new DetachedSignature(head.SigningKeyId, head.Signature));
}
