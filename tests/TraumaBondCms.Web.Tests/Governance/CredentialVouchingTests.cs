using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Tests.GraphQL;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Users;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// Break 5 of issue 13: one administrator could create a "reviewer" with a made-up licence, sign in as it, approve and
/// publish. Credentials now need a second administrator's confirmation, accounts an administrator minted recently are
/// linked to them, and a single-administrator install says plainly that credentials were not independently confirmed.
/// </summary>
public sealed class CredentialVouchingTests
{
    private static readonly object MadeUpLicence = new { title = "LCSW", licenseNumber = "FAKE-0001", issuer = "Nobody", expiresOn = "2035-12-31" };

    [Fact]
    public async Task Should_not_get_an_article_published_through_a_reviewer_account_the_only_administrator_minted()
    {
        using var host = new CmsTestHost();
        using var admin = await host.AdminAsync();
        using var reader = host.Anonymous();
        using var fake = await CreateAsync(host, admin, "dr.fake", "ClinicalReviewer", MadeUpLicence);
        var (id, _) = await DraftFaqAsync(admin, "Is this advice reviewed?", "It says so.");
        await MustAsync(admin, id, "submit");
        var version = await LatestVersionIdAsync(admin, id);

        var unconfirmed = await TransitionAsync(fake, id, "approve", new { version, password = "dr.fake" + PasswordSuffix });
        var selfVouched = await admin.PostAsJsonAsync("/api/credentials/dr.fake/confirm", new { password = CmsTestHost.AdminPassword });
        using var minted = await CreateAsync(host, admin, "admin.minted", "Administrator", null);
        var vouchedByMinted = await minted.PostAsJsonAsync("/api/credentials/dr.fake/confirm", new { password = "admin.minted" + PasswordSuffix });
        using var fake2 = await CreateAsync(host, minted, "dr.fake2", "ClinicalReviewer", MadeUpLicence);
        var vouchedBack = await admin.PostAsJsonAsync("/api/credentials/dr.fake2/confirm", new { password = CmsTestHost.AdminPassword });
        var stillUnconfirmed = await TransitionAsync(fake2, id, "approve", new { version, password = "dr.fake2" + PasswordSuffix });
        var publish = await admin.PostAsync($"/api/content/{id}/publish", null);
        var pending = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/credentials/unconfirmed"));

        Assert.Contains("CredentialConfirmation", Rules(await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, unconfirmed)));
        Assert.Equal("SecondAdministrator", Rule(await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, selfVouched)));
        Assert.Equal("LinkedAccount", Rule(await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, vouchedByMinted)));
        Assert.Equal("LinkedAccount", Rule(await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, vouchedBack)));
        Assert.Contains("CredentialConfirmation", Rules(await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, stillUnconfirmed)));
        await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, publish);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/content/{id}")).StatusCode);
        Assert.Equal(["dr.fake", "dr.fake2"], pending.EnumerateArray().Select(u => u.GetProperty("userName").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_show_who_confirmed_the_credential_and_ask_again_when_the_credential_changes()
    {
        using var host = new CmsTestHost();
        using var admin = await host.AdminAsync();
        using var editor = await host.CreateUserAsync("editor.sam", "Editor");
        using var reviewer = await host.CreateUserAsync("dr.reyes", "ClinicalReviewer", Credential("LCSW", "L-1", 2031));
        var (id, _) = await DraftFaqAsync(editor, "Who vouched for the reviewer?", "A second administrator.");
        await MustAsync(editor, id, "submit");

        var approval = (await ApproveAsync(reviewer, "dr.reyes", id)).GetProperty("approval");
        await MustAsync(editor, id, "publish");
        var approvals = await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.GetAsync($"/api/content/{id}/approvals"));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PatchAsJsonAsync("/api/users/dr.reyes", new { credential = Credential("LCSW", "L-2", 2032) }));
        await EditAsync(editor, id, new { question = "Who vouched for the reviewer?", answer = "A second administrator, again." });
        await MustAsync(editor, id, "submit");
        var afterChange = await TransitionAsync(reviewer, id, "approve", new { version = await LatestVersionIdAsync(editor, id), password = "dr.reyes" + PasswordSuffix });
        await host.ConfirmCredentialAsync("dr.reyes");
        await ApproveAsync(reviewer, "dr.reyes", id);

        Assert.Equal((CmsTestHost.SecondAdminName, true), (approval.GetProperty("credentialConfirmedBy").GetString(), approval.GetProperty("credentialIndependentlyConfirmed").GetBoolean()));
        Assert.Equal(CmsTestHost.SecondAdminName, approvals[0].GetProperty("credentialConfirmedBy").GetString());
        Assert.False(string.IsNullOrEmpty(approvals[0].GetProperty("signature").GetString()));
        Assert.Contains("CredentialConfirmation", Rules(await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, afterChange)));
    }

    [Fact]
    public async Task Should_say_plainly_that_the_credential_was_not_independently_confirmed_when_one_administrator_runs_the_site()
    {
        using var host = new CmsTestHost(settings: new Dictionary<string, string?> { ["Cms:Governance:SingleAdministratorMode"] = "true" });
        using var admin = await host.AdminAsync();
        using var reader = host.Anonymous();
        using var solo = await CreateAsync(host, admin, "dr.solo", "ClinicalReviewer", Credential("PsyD", "PSY-9", 2031));
        await host.Services.GetRequiredService<UserService>().CreateAsync(
            new NewUser { UserName = "editor.cli", Password = "editor.cli" + PasswordSuffix, Roles = ["Editor"] }, CmsActor.Operator("root"));
        using var editor = await host.SignInAsync("editor.cli", "editor.cli" + PasswordSuffix);
        var (byAdmin, _) = await DraftFaqAsync(admin, "Can the only administrator's reviewer approve their text?", "Not within 30 days.");
        await MustAsync(admin, byAdmin, "submit");
        var (id, _) = await DraftFaqAsync(editor, "Is this reviewed by an independently vetted clinician?", "The site says plainly that it is not.");
        await MustAsync(editor, id, "submit");

        var linkedApproval = await TransitionAsync(solo, byAdmin, "approve", new { version = await LatestVersionIdAsync(admin, byAdmin), password = "dr.solo" + PasswordSuffix });
        var approval = (await ApproveAsync(solo, "dr.solo", id)).GetProperty("approval");
        var publishByCreator = await TransitionAsync(admin, id, "publish");
        await MustAsync(editor, id, "publish");
        var review = (await reader.GraphQLAsync($$"""{ faq(id: "{{id}}") { review { clinicallyReviewed credentialIndependentlyConfirmed credentialConfirmedBy statement } } }""")).Ok().GetProperty("faq").GetProperty("review");

        Assert.Equal("LinkedAccount", Rule(await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, linkedApproval)));
        Assert.False(approval.GetProperty("credentialIndependentlyConfirmed").GetBoolean());
        Assert.Contains("not independently confirmed", approval.GetProperty("meaning").GetString());
        Assert.Equal("LinkedAccount", Rule(await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, publishByCreator)));
        Assert.True(review.GetProperty("clinicallyReviewed").GetBoolean());
        Assert.False(review.GetProperty("credentialIndependentlyConfirmed").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, review.GetProperty("credentialConfirmedBy").ValueKind);
        Assert.Contains("not independently confirmed (single-administrator mode)", review.GetProperty("statement").GetString());
    }

    private static async Task<HttpClient> CreateAsync(CmsTestHost host, HttpClient admin, string userName, string role, object? credential)
    {
        var password = userName + PasswordSuffix;
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/users", new { userName, password, roles = new[] { role }, credential }));
        return await host.SignInAsync(userName, password);
    }

    private static string? Rule(System.Text.Json.JsonElement problem) => problem.GetProperty("refusals")[0].GetProperty("rule").GetString();

    private static string?[] Rules(System.Text.Json.JsonElement problem) => problem.GetProperty("refusals").EnumerateArray().Select(r => r.GetProperty("rule").GetString()).ToArray();
}
