using TraumaBondCms.Core.Signing;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Tests.Signing;

/// <summary>An approval's signature covers the exact hash, the people and the meaning; any change breaks it; rotation keeps old signatures valid.</summary>
public class ApprovalSignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 30, 15, 123, TimeSpan.Zero);

    private static readonly Approval Signed = new()
    {
        ApprovalId = "a1",
        ContentItemId = "faq-1",
        ContentItemVersionId = "v2",
        ContentHash = "sha256:" + new string('a', 64),
        Reviewer = "dr.okafor",
        ReviewerDisplayName = "Dr Okafor",
        Credential = "LCSW, licence 1, valid to 2030-12-31",
        CredentialConfirmedBy = "admin.second",
        CredentialConfirmedUtc = Now.AddDays(-1),
        CredentialIndependentlyConfirmed = true,
        SignedUtc = Now,
        Kind = ApprovalKind.Approval,
        Meaning = ApprovalStatement.MeaningOf(ApprovalKind.Approval),
    };

    /// <summary>True when <paramref name="approval"/>'s signature verifies over its statement with <paramref name="ring"/>.</summary>
    internal static bool Verify(SigningKeyRing ring, Approval approval) =>
        ring.Verify(ApprovalStatement.Canonical(approval), new DetachedSignature(approval.SigningKeyId!, approval.Signature!));

    /// <summary><paramref name="approval"/> signed with <paramref name="ring"/> over its statement, in its format.</summary>
    internal static Approval Sign(SigningKeyRing ring, Approval approval)
    {
        var signature = ring.Sign(ApprovalStatement.Canonical(approval));
        return approval with { SigningKeyId = signature.KeyId, Signature = signature.Value };
    }

    public static TheoryData<string, Func<Approval, Approval>> Tampering => new()
    {
        { "content hash", a => a with { ContentHash = "sha256:" + new string('b', 64) } },
        { "version", a => a with { ContentItemVersionId = "v3" } },
        { "item", a => a with { ContentItemId = "faq-2" } },
        { "reviewer", a => a with { Reviewer = "admin" } },
        { "credential", a => a with { Credential = "LCSW, licence 2, valid to 2040-12-31" } },
        { "who vouched", a => a with { CredentialConfirmedBy = "admin" } },
        { "independence", a => a with { CredentialIndependentlyConfirmed = false } },
        { "meaning", a => a with { Meaning = "I glanced at it." } },
        { "time", a => a with { SignedUtc = Now.AddDays(1) } },
        { "kind", a => a with { Kind = ApprovalKind.PostIncidentReview } },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public void Should_stop_verifying_when_a_signed_fact_is_changed(string fact, Func<Approval, Approval> change)
    {
        using var key = SigningKey.Create(Now);
        var ring = new SigningKeyRing(key, []);
        var signed = Sign(ring, Signed);

        Assert.True(Verify(ring, signed));
        Assert.False(Verify(ring, change(signed)), fact);
    }

    [Fact]
    public void Should_still_verify_an_old_signature_after_the_key_is_rotated_and_never_with_a_strangers_key()
    {
        using var old = SigningKey.Create(Now.AddYears(-1));
        using var current = SigningKey.Create(Now);
        using var stranger = SigningKey.Create(Now);
        var signedBefore = Sign(new SigningKeyRing(old, []), Signed);

        var rotated = new SigningKeyRing(current, [old.Public]);
        var forged = Sign(new SigningKeyRing(stranger, []), Signed) with { SigningKeyId = old.KeyId };

        Assert.True(Verify(rotated, signedBefore));
        Assert.Equal(current.KeyId, rotated.Sign([1, 2, 3]).KeyId);
        Assert.False(Verify(rotated, forged));
    }

    [Fact]
    public void Should_round_trip_public_keys_through_a_json_web_key_set()
    {
        using var key = SigningKey.Create(Now);
        var signed = Sign(new SigningKeyRing(key, []), Signed);

        var published = PublicKeySet.FromJwks(new SigningKeyRing(key, []).PublicKeys.ToJwks());

        Assert.True(published.Verify(ApprovalStatement.Canonical(signed), new DetachedSignature(signed.SigningKeyId!, signed.Signature!)));
        Assert.Throws<FormatException>(() => PublicKeySet.FromJwks("""{ "keys": [ { "kty": "RSA", "kid": "x" } ] }"""));
    }

    [Fact]
    public void Should_sign_the_time_to_the_millisecond_so_that_every_database_keeps_it()
    {
        var microseconds = Signed with { SignedUtc = Now.AddTicks(4567) };

        Assert.Equal(ApprovalStatement.CanonicalText(Signed), ApprovalStatement.CanonicalText(microseconds));
        Assert.Contains("\"signedUtc\":\"2026-12-07T10:30:15.123Z\"", ApprovalStatement.CanonicalText(Signed));
    }
}
