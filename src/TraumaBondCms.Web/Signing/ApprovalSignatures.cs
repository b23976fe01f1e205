using TraumaBondCms.Core.Signing;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.Signing;

/// <summary>
/// Signs approvals and checks their signatures: the signature covers <see cref="ApprovalStatement.Canonical"/> (ids,
/// exact content hash, reviewer, credential, who vouched, meaning, time). Publishing accepts only approvals whose
/// signature verifies with this server's keys or the keys trusted for import. Thread-safe.
/// </summary>
public sealed class ApprovalSignatures(ServerSigningKeys keys)
{
    /// <summary><paramref name="approval"/> with its signature by the current key, in the current statement format (its time truncated to the millisecond first).</summary>
    public Approval Sign(Approval approval)
    {
        var stated = approval with
        {
            StatementFormat = ApprovalStatement.FormatVersion,
            SignedUtc = ApprovalStatement.Truncate(approval.SignedUtc),
            CredentialConfirmedUtc = approval.CredentialConfirmedUtc is { } at ? ApprovalStatement.Truncate(at) : null,
            Meaning = approval.Meaning ?? ApprovalStatement.MeaningOf(approval.Kind),
        };
        var signature = keys.Sign(ApprovalStatement.Canonical(stated));
        return stated with { SigningKeyId = signature.KeyId, Signature = signature.Value };
    }

    /// <summary>True when <paramref name="approval"/> carries a signature that verifies over its statement with this server's keys or the configured trusted keys.</summary>
    public bool Verify(Approval approval) =>
        approval is { SigningKeyId: { } keyId, Signature: { } value }
        && keys.Verify(ApprovalStatement.Canonical(approval), new DetachedSignature(keyId, value));
}
