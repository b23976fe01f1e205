using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Safety;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Safety.SafetyApi;

namespace TraumaBondCms.Web.Tests.Safety;

/// <summary>Verifying resources' contact details: who and when, no new version, audited; overdue ones listed and kept live.</summary>
public sealed class ResourceVerificationTests(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    [Fact]
    public async Task Should_show_the_setup_recipe_as_verifier_when_the_resource_was_seeded()
    {
        var verifications = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Reviewer.GetAsync("/api/resources/resource-us-ndvh/verifications"));

        var seeded = Assert.Single(verifications.EnumerateArray());
        Assert.Equal(("Recipe", "recipe", "Setup recipe"), (seeded.GetProperty("kind").GetString(), seeded.GetProperty("verifiedBy").GetString(), seeded.GetProperty("verifiedByDisplayName").GetString()));
        Assert.Contains("no one in this installation has checked them", seeded.GetProperty("note").GetString());
    }

    [Fact]
    public async Task Should_record_who_verified_and_when_without_a_new_version_when_a_reviewer_verifies()
    {
        var id = await PublishResourceAsync(team, new { name = "Verification Test Line", region = "IE", isCrisisLine = true, phone = "+353 1 555 0100", hours = new { alwaysOpen = true } });
        var versionsBefore = (await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync($"/api/content/{id}/versions"))).GetArrayLength();
        var before = DateTimeOffset.UtcNow;

        var verified = await VerifyAsync(team.Reviewer, id, "Called the line; hours confirmed.");

        var versionsAfter = (await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync($"/api/content/{id}/versions"))).GetArrayLength();
        Assert.Equal(versionsBefore, versionsAfter);
        var record = verified.GetProperty("verification");
        Assert.Equal(("dr.okafor", "Person", "CalledTheLine"), (record.GetProperty("verifiedBy").GetString(), record.GetProperty("kind").GetString(), record.GetProperty("method").GetString()));
        Assert.InRange(record.GetProperty("verifiedUtc").GetDateTimeOffset(), before, DateTimeOffset.UtcNow);
        Assert.InRange(record.GetProperty("checkedUtc").GetDateTimeOffset(), before, DateTimeOffset.UtcNow);
        Assert.Equal("Current", verified.GetProperty("state").GetProperty("status").GetString());
        var audit = Assert.Single((await team.AuditAsync(id, "resource.verified")).EnumerateArray(), a => a.GetProperty("actor").GetString() == "dr.okafor");
        Assert.Equal(("dr.okafor", "Called the line; hours confirmed."), (audit.GetProperty("actor").GetString(), audit.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Should_list_a_resource_past_its_interval_as_overdue_and_keep_it_published()
    {
        var id = await ApprovedResourceAsync(team, new { name = "Overdue Test Line", region = "NZ", isCrisisLine = true, phone = "+64 9 555 0100", hours = new { alwaysOpen = true } });
        await AddVerificationAsync(id, DateTimeOffset.UtcNow.AddDays(-120));
        await ReviewTeam.MustAsync(team.Editor, id, "publish");
        using var reader = team.Host.Anonymous();

        var overdue = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync("/api/resources/verification-overdue"));
        var live = await reader.GetAsync($"/api/content/{id}");
        var routed = await CrisisResourcesAsync(team.Host, "NZ");

        var row = Assert.Single(overdue.EnumerateArray(), r => r.GetProperty("contentItemId").GetString() == id);
        Assert.Equal("Overdue", row.GetProperty("status").GetString());
        Assert.InRange(row.GetProperty("daysOverdue").GetInt32(), 29, 30);
        Assert.True(row.GetProperty("published").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var entry = routed.GetProperty("resources")[0];
        Assert.Equal((id, true), (entry.GetProperty("contentItemId").GetString(), entry.GetProperty("verificationOverdue").GetBoolean()));
    }

    [Fact]
    public async Task Should_publish_a_new_resource_only_after_someone_other_than_its_author_verified_it()
    {
        var id = await ApprovedResourceAsync(team, new { name = "Unverified Test Line", region = "AU", isCrisisLine = true, phone = "1800 555 010", hours = new { alwaysOpen = true } });

        var unverified = await ReviewTeam.TransitionAsync(team.Editor, id, "publish");
        var byAuthor = await team.Editor.PostAsJsonAsync($"/api/resources/{id}/verify", new { version = "latest", method = "CalledTheLine", password = TestPasswords.Of("editor.maya") });
        await VerifyAsync(team.SecondReviewer, id, "Called it.", "latest");
        await ReviewTeam.MustAsync(team.Editor, id, "publish");
        var overdue = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync("/api/resources/verification-overdue"));

        Assert.Equal("ChannelsVerified", (await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, unverified)).GetProperty("refusals")[0].GetProperty("rule").GetString());
        Assert.Equal("SelfVerification", (await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, byAuthor)).GetProperty("refusals")[0].GetProperty("rule").GetString());
        Assert.DoesNotContain(overdue.EnumerateArray(), r => r.GetProperty("contentItemId").GetString() == id);
    }

    [Fact]
    public async Task Should_refuse_to_verify_when_the_caller_is_anonymous_or_the_item_is_not_a_resource()
    {
        using var anonymous = team.Host.Anonymous();

        var unsigned = await anonymous.PostAsJsonAsync("/api/resources/resource-us-ndvh/verify", new { });
        var article = await team.Reviewer.PostAsJsonAsync("/api/resources/article-the-abuse-cycle/verify", new { method = "OfficialWebsite", password = TestPasswords.Of("dr.okafor") });

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, article, "contentItemId");
    }

    // A verification made long ago by the second reviewer: written straight to the store, as the API only records the present.
    private async Task AddVerificationAsync(string id, DateTimeOffset at)
    {
        await using var session = await team.Host.Store.BeginWriteAsync();
        var (settings, _) = await SafetySettingsStore.ReadAsync(session.Site, default);
        var latest = await session.Content.GetAsync(id, VersionSelector.Latest);
        var signatures = team.Host.Services.GetRequiredService<TraumaBondCms.Web.Signing.RecordSignatures>();
        await session.Safety.AddVerificationAsync(signatures.Sign(ResourceVerificationService.Record(latest!, settings!.Resources!, "dr.lindqvist", "Dr Lindqvist", VerificationKind.Person, "Checked in the spring.", at)
            with
        { Method = VerificationMethod.CalledTheLine, CheckedUtc = at, SignedWith = "password" }));
        await session.CommitAsync();
    }
}
