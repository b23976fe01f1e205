using TraumaBondCms.Core.Signing;
using TraumaBondCms.Core.Workflow;

using static TraumaBondCms.Core.Tests.Signing.ApprovalSignatureTests;

namespace TraumaBondCms.Core.Tests.Signing;

/// <summary>
/// The approval statement's formats: format 2 also signs the item's previous approval and how the signer identified
/// themselves; an approval signed in format 1 (before format 2 existed) keeps verifying as it was signed, and no one can move a
/// signed approval to another format.
/// </summary>
public sealed class ApprovalStatementFormatTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 30, 15, 123, TimeSpan.Zero);

    private static readonly Approval Approval = new()
    {
        ApprovalId = "a2",
        ContentItemId = "faq-1",
        ContentItemVersionId = "v3",
        ContentHash = "sha256:" + new string('c', 64),
        Reviewer = "dr.okafor",
        ReviewerDisplayName = "Dr Okafor",
        Credential = "LCSW, licence 1, valid to 2030-12-31",
        SignedUtc = Now,
        Kind = ApprovalKind.Approval,
        Meaning = ApprovalStatement.MeaningOf(ApprovalKind.Approval),
        PreviousApprovalId = "a1",
        SignedWith = "password+totp",
    };

    public static TheoryData<string, Func<Approval, Approval>> FormatTwoFacts => new()
    {
        { "previous approval", a => a with { PreviousApprovalId = null } },
        { "identification components", a => a with { SignedWith = "password" } },
        { "format", a => a with { StatementFormat = 1 } },
    };

    [Theory]
    [MemberData(nameof(FormatTwoFacts))]
    public void Should_stop_verifying_when_a_fact_format_2_signs_is_changed(string fact, Func<Approval, Approval> change)
    {
        using var key = SigningKey.Create(Now);
        var ring = new SigningKeyRing(key, []);
        var signed = Sign(ring, Approval with { StatementFormat = 2 });

        Assert.True(Verify(ring, signed));
        Assert.False(Verify(ring, change(signed)), fact);
    }

    [Fact]
    public void Should_keep_a_format_1_signature_verifying_when_its_statement_is_read_again()
    {
        using var key = SigningKey.Create(Now);
        var ring = new SigningKeyRing(key, []);
        var formatOne = Approval with { StatementFormat = 1, PreviousApprovalId = null, SignedWith = null };
        var signed = Sign(ring, formatOne);

        var text = ApprovalStatement.CanonicalText(signed);

        Assert.True(Verify(ring, signed));
        Assert.StartsWith("{\"format\":1,", text);
        Assert.DoesNotContain("previousApprovalId", text);
        Assert.False(Verify(ring, signed with { StatementFormat = 2 }));
    }

    [Fact]
    public void Should_name_the_previous_approval_and_the_components_when_signing_in_format_2()
    {
        var text = ApprovalStatement.CanonicalText(Approval with { StatementFormat = 2 });

        Assert.StartsWith("{\"format\":2,", text);
        Assert.EndsWith(",\"previousApprovalId\":\"a1\",\"signedWith\":\"password\\u002Btotp\"}", text);
    }

    [Fact]
    public void Should_refuse_a_format_this_build_does_not_know()
    {
        Assert.Throws<ArgumentException>(() => ApprovalStatement.Canonical(Approval with { StatementFormat = 3 }));
    }
}
