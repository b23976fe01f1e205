using System.Net;
using TraumaBondCms.Web.Tests.Auth;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Search.RiskRuleApi;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary>Signing risk rules takes the second factor like every other signature: a reviewer who set one up signs with a fresh code beside the password.</summary>
public sealed class RiskRuleSecondFactorTests(SecondFactorTeam team) : IClassFixture<SecondFactorTeam>
{
    [Fact]
    public async Task Should_refuse_a_reviewer_with_a_second_factor_who_signs_without_a_fresh_code()
    {
        const string name = "dr.twofactor";
        var password = TestPasswords.Of(name);
        using var restricted = await team.CreateUserAsync(name, "ClinicalReviewer", SecondFactorTeam.Credential("LCSW", "TF-1", 2099));
        var (key, _) = await team.EnrolAsync(restricted, password);
        using var reviewer = await team.SignInAsync(name, password, key);
        var proposal = ProposalId(await ScopeAsync(reviewer));

        var withoutCode = await DecideAsync(reviewer, "approve", new { proposalId = proposal, password });
        var stillWaiting = await ScopeAsync(reviewer);
        var signed = await HttpAssert.StatusAsync(HttpStatusCode.OK, await DecideAsync(reviewer, "approve", new { proposalId = proposal, password, code = team.FreshCode(key) }));

        Assert.Contains("authenticator", (await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, withoutCode)).GetProperty("detail").GetString());
        Assert.True(stillWaiting.GetProperty("awaitingFirstSignature").GetBoolean());
        Assert.Equal("password+totp", signed.GetProperty("approved").GetProperty("signedWith").GetString());
    }
}
