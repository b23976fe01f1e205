using Microsoft.AspNetCore.DataProtection;

namespace TraumaBondCms.Web.Health;

/// <summary>
/// Ready when the Data Protection key ring is loaded: a round trip through a protector succeeds, so the node can issue and
/// read sign-in cookies and bearer tokens.
/// </summary>
public sealed class KeyRingReadinessCheck(IDataProtectionProvider protection) : IReadinessCheck
{
    private static readonly byte[] Probe = [0x74, 0x62, 0x63, 0x6d, 0x73];

    /// <inheritdoc />
    public string Name => "keyRing";

    /// <inheritdoc />
    public Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var protector = protection.CreateProtector("TraumaBondCms.Health.Readiness");
        var ready = protector.Unprotect(protector.Protect(Probe)).AsSpan().SequenceEqual(Probe);
        return Task.FromResult(new ReadinessResult(ready, ready ? "loaded" : "a protected value did not read back"));
    }
}
