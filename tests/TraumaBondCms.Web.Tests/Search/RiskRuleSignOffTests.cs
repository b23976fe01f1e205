using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Search.RiskRules;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Search.RiskRuleApi;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary>
/// The clinical sign-off of search risk rules over real HTTP: a recipe's change adds rules at once and removes them only when a
/// clinical reviewer other than the proposer signs it with their password; the signature verifies with the published key.
/// </summary>
public sealed class RiskRuleSignOffTests
{
    [Fact]
    public async Task Should_keep_flagging_a_removed_rule_until_another_reviewer_signs_the_removal()
    {
        using var host = new CmsTestHost();
        using var proposer = await ReviewerAsync(host, "dr.proposer");
        using var signer = await ReviewerAsync(host, "dr.signer");
        using var reader = host.Anonymous();
        await SignAsync(signer, "dr.signer");
        var shipped = InForce(await ScopeAsync(signer));

        await ProposeSiteRulesAsync(host, shipped.Where(r => r != EndItAll), CmsActor.Operator("dr.proposer"));
        var waiting = await ScopeAsync(signer);
        var flaggedWhileWaiting = await FlaggedAsync(reader, EndItAllQuery);
        var byProposer = await DecideAsync(proposer, "approve", new { proposalId = ProposalId(waiting), password = "dr.proposer-password-1" });
        var withoutPassword = await DecideAsync(signer, "approve", new { proposalId = ProposalId(waiting) });
        var wrongPassword = await DecideAsync(signer, "approve", new { proposalId = ProposalId(waiting), password = "not-the-password" });
        var flaggedAfterRefusals = await FlaggedAsync(reader, EndItAllQuery);
        var signed = await SignAsync(signer, "dr.signer");
        var flaggedAfterSigning = await FlaggedAsync(reader, EndItAllQuery);

        Assert.Equal([EndItAll], Diff(waiting, "removed"));
        Assert.Contains(EndItAll, InForce(waiting));
        Assert.True(flaggedWhileWaiting);
        var refusal = await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, byProposer);
        Assert.Contains("You proposed this change", refusal.GetProperty("detail").GetString());
        Assert.Contains("Re-enter your password", (await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, withoutPassword)).GetProperty("detail").GetString());
        Assert.Contains("The password is wrong", (await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, wrongPassword)).GetProperty("detail").GetString());
        Assert.True(flaggedAfterRefusals);
        Assert.Equal(2, signed.GetProperty("approved").GetProperty("version").GetInt32());
        Assert.DoesNotContain(EndItAll, InForce(signed));
        Assert.False(flaggedAfterSigning);
    }

    [Fact]
    public async Task Should_flag_at_once_a_rule_a_recipe_adds_before_anyone_signs_it()
    {
        using var host = new CmsTestHost();
        using var signer = await ReviewerAsync(host, "dr.signer");
        using var reader = host.Anonymous();
        await SignAsync(signer, "dr.signer");
        var shipped = InForce(await ScopeAsync(signer));
        var before = await FlaggedAsync(reader, "once in a blue moon");

        await ProposeSiteRulesAsync(host, [.. shipped, "blue moon"], CmsActor.Operator("ops"));
        var after = await FlaggedAsync(reader, "once in a blue moon");
        var waiting = await ScopeAsync(signer);

        Assert.False(before);
        Assert.True(after);
        Assert.Equal(["blue moon"], Diff(waiting, "added"));
        Assert.Empty(Diff(waiting, "removed"));
    }

    [Fact]
    public async Task Should_put_the_shipped_rules_in_force_awaiting_a_first_signature_that_verifies_with_the_published_key()
    {
        using var host = new CmsTestHost();
        using var signer = await ReviewerAsync(host, "dr.signer");
        using var reader = host.Anonymous();
        var installed = await ScopeAsync(signer);
        var spanish = await ScopeAsync(signer, "es");
        var flaggedUnsigned = await FlaggedAsync(reader, EndItAllQuery);

        var signed = await SignAsync(signer, "dr.signer");
        var jwks = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/.well-known/tbcms-signing-keys"));

        Assert.True(installed.GetProperty("awaitingFirstSignature").GetBoolean());
        Assert.False(installed.TryGetProperty("approved", out _));
        Assert.Equal(InForce(installed), Diff(installed, "added"));
        Assert.True(spanish.GetProperty("awaitingFirstSignature").GetBoolean());
        Assert.True(flaggedUnsigned);
        var approved = signed.GetProperty("approved");
        Assert.True(signed.GetProperty("approvedVerified").GetBoolean());
        Assert.False(signed.GetProperty("awaitingFirstSignature").GetBoolean());
        Assert.Equal("password", approved.GetProperty("signedWith").GetString());
        var statement = signed.GetProperty("statement").GetString()!;
        Assert.True(Verifies(jwks, approved.GetProperty("signingKeyId").GetString()!, statement, approved.GetProperty("signature").GetString()!));
        Assert.False(Verifies(jwks, approved.GetProperty("signingKeyId").GetString()!, statement.Replace(EndItAll, "end it", StringComparison.Ordinal), approved.GetProperty("signature").GetString()!));
        using var said = JsonDocument.Parse(statement);
        Assert.Equal(InForce(signed), said.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal("dr.signer", said.RootElement.GetProperty("signedBy").GetString());
    }

    [Fact]
    public async Task Should_leave_the_signed_rules_in_force_when_a_reviewer_rejects_a_change_and_refuse_to_reject_the_unsigned_first_install()
    {
        using var host = new CmsTestHost();
        using var signer = await ReviewerAsync(host, "dr.signer");
        using var reader = host.Anonymous();
        var firstInstall = await ScopeAsync(signer);
        var rejectFirst = await DecideAsync(signer, "reject", new { proposalId = ProposalId(firstInstall), password = "dr.signer-password-1" });
        await SignAsync(signer, "dr.signer");
        var shipped = InForce(await ScopeAsync(signer));
        await ProposeSiteRulesAsync(host, [.. shipped.Where(r => r != EndItAll), "blue moon"], CmsActor.Operator("ops"));
        var waiting = await ScopeAsync(signer);

        var rejected = await HttpAssert.StatusAsync(HttpStatusCode.OK, await DecideAsync(signer, "reject", new { proposalId = ProposalId(waiting), password = "dr.signer-password-1", comment = "Keep it." }));

        Assert.Contains("rejecting would leave searches with no risk rules", (await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, rejectFirst)).GetProperty("detail").GetString());
        Assert.False(rejected.TryGetProperty("proposed", out _));
        Assert.Equal(shipped, InForce(rejected));
        Assert.True(await FlaggedAsync(reader, EndItAllQuery));
        Assert.False(await FlaggedAsync(reader, "once in a blue moon"));
    }

    [Fact]
    public async Task Should_refuse_with_problem_details_and_change_nothing_when_the_request_is_wrong_or_not_allowed()
    {
        using var host = new CmsTestHost();
        using var signer = await ReviewerAsync(host, "dr.signer");
        using var editor = await host.CreateUserAsync("editor.rules", "Editor");
        using var anonymous = host.Anonymous();
        using var admin = await host.AdminAsync();
        var before = await ScopeAsync(signer);
        var spanish = ProposalId(await ScopeAsync(signer, "es"));
        var proposal = ProposalId(before);
        var password = "dr.signer-password-1";

        var responses = new Dictionary<string, (HttpStatusCode Status, HttpResponseMessage Response)>
        {
            ["anonymous read"] = (HttpStatusCode.Unauthorized, await anonymous.GetAsync("/api/risk-rules")),
            ["editor read"] = (HttpStatusCode.Forbidden, await editor.GetAsync("/api/risk-rules")),
            ["anonymous approve"] = (HttpStatusCode.Unauthorized, await DecideAsync(anonymous, "approve", new { proposalId = proposal, password })),
            ["editor approve"] = (HttpStatusCode.Forbidden, await DecideAsync(editor, "approve", new { proposalId = proposal, password = "editor.rules-password-1" })),
            ["administrator approve"] = (HttpStatusCode.Forbidden, await DecideAsync(admin, "approve", new { proposalId = proposal, password = CmsTestHost.AdminPassword })),
            ["no proposal named"] = (HttpStatusCode.BadRequest, await DecideAsync(signer, "approve", new { password })),
            ["unknown member"] = (HttpStatusCode.BadRequest, await DecideAsync(signer, "approve", new { proposalId = proposal, password, rules = new[] { "x" } })),
            ["not an object"] = (HttpStatusCode.BadRequest, await DecideAsync(signer, "approve", new[] { proposal })),
            ["stale proposal"] = (HttpStatusCode.Conflict, await DecideAsync(signer, "approve", new { proposalId = "p-old", password })),
            ["reviewer who does not read the rules' language"] = (HttpStatusCode.Forbidden, await DecideAsync(signer, "approve", new { proposalId = spanish, password }, scope: "es")),
            ["unknown scope"] = (HttpStatusCode.NotFound, await DecideAsync(signer, "approve", new { proposalId = proposal, password }, scope: "xx-nowhere")),
        };
        var after = await ScopeAsync(signer);
        var adminRead = await ScopeAsync(admin);

        foreach (var (name, (status, response)) in responses)
        {
            Assert.True(status == response.StatusCode, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(before.GetRawText(), after.GetRawText());
        Assert.Equal(proposal, ProposalId(adminRead));
        Assert.Equal(spanish, ProposalId(await ScopeAsync(signer, "es")));
    }

    [Fact]
    public async Task Should_say_the_signature_does_not_verify_when_the_signed_rules_are_changed_in_the_database()
    {
        using var host = new CmsTestHost();
        using var signer = await ReviewerAsync(host, "dr.signer");
        using var admin = await host.AdminAsync();
        await SignAsync(signer, "dr.signer");
        await using (var session = await host.Store.BeginWriteAsync())
        {
            var book = await RiskRuleStore.ReadAsync(session.Site, default);
            var site = book.Get(RiskRuleBook.SiteScope);
            await RiskRuleStore.WriteAsync(session.Site, book.With(RiskRuleBook.SiteScope, site with { Approved = site.Approved! with { Rules = [.. site.Approved.Rules.Where(r => r != EndItAll)] } }), default);
            await session.CommitAsync();
        }

        var tampered = await ScopeAsync(signer);
        var integrity = await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await admin.GetAsync("/api/integrity"));

        Assert.False(tampered.GetProperty("approvedVerified").GetBoolean());
        Assert.Contains(integrity.GetProperty("breaks").EnumerateArray(), b => b.GetProperty("area").GetString() == "risk-rules");
    }

    // ES256 over the statement's UTF-8 bytes with the published JSON Web Key, no project code involved.
    private static bool Verifies(JsonElement jwks, string keyId, string statement, string signature)
    {
        var jwk = jwks.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("kid").GetString() == keyId);
        using var key = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = WebEncoders.Base64UrlDecode(jwk.GetProperty("x").GetString()!), Y = WebEncoders.Base64UrlDecode(jwk.GetProperty("y").GetString()!) },
        });
        return key.VerifyData(Encoding.UTF8.GetBytes(statement), WebEncoders.Base64UrlDecode(signature), HashAlgorithmName.SHA256);
    }
}
