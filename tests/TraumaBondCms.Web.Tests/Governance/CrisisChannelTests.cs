using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Safety.SafetyApi;
using static TraumaBondCms.Web.Tests.Search.SearchApi;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// Break 3 of issue 13: the hotline's phone was changed to 1-800-799-7234, "verified" by the editor who typed it, served
/// as current, and the helpline check then told other authors to copy it. Now a transposed number is an error in any
/// Resource, a changed channel needs a second person's verification saying how and when, the verified version stays
/// live until then (in search too), and the checks compare against verified values only.
/// </summary>
public sealed class CrisisChannelTests(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    private const string Hotline = "resource-us-ndvh";

    [Fact]
    public async Task Should_report_a_transposed_number_as_an_error_in_the_hotline_itself_and_in_a_new_resource()
    {
        await PatchAsync(team.Editor, Hotline, new { phone = "1-800-799-7234" });
        var newResource = await DraftAsync(team.Editor, "Resource", new { name = "Copycat Line", region = "US", isCrisisLine = true, phone = "1-800-799-7223", hours = new { alwaysOpen = true } });

        var hotline = await TransitionAsync(team.Editor, Hotline, "submit");
        var copycat = await TransitionAsync(team.Editor, newResource, "submit");

        var hotlineProblem = await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, hotline);
        Assert.Contains("1-800-799-7234", hotlineProblem.GetProperty("detail").GetString());
        Assert.Contains("use 1-800-799-7233 (the text has 1-800-799-7234)", hotlineProblem.GetProperty("detail").GetString());
        Assert.Contains("use 1-800-799-7233 (the text has 1-800-799-7223)", (await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, copycat)).GetProperty("detail").GetString());
        await PatchAsync(team.Editor, Hotline, new { phone = "1-800-799-7233" });
    }

    [Fact]
    public async Task Should_refuse_self_verification_and_keep_the_verified_number_live_until_a_second_person_verifies_the_change()
    {
        const string changed = "1-866-331-9474";
        using var reader = team.Host.Anonymous();
        var id = await PublishResourceAsync(team, new { name = "Channel Change Line", region = "US-OR", isCrisisLine = true, phone = "1-503-555-0147", hours = new { alwaysOpen = true } });
        await PatchAsync(team.Editor, id, new { phone = changed });
        await MustAsync(team.Editor, id, "submit");
        await ApproveAsync(team.Reviewer, "dr.okafor", id);

        var unverified = await TransitionAsync(team.Editor, id, "publish");
        var selfVerified = await team.Editor.PostAsJsonAsync($"/api/resources/{id}/verify", new { version = "latest", method = "CalledTheLine", note = "I typed it, I trust it." });
        var stillServed = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{id}"));
        var routedBefore = await CrisisResourcesAsync(team.Host, "US-OR");
        var searchedBefore = await SearchAsync(reader, "9474");
        var articleQuotingNew = await DraftAsync(team.Editor, "Faq", new { question = "Which number do I call in Oregon?", answer = $"Call the helpline on {changed}." });
        var articleChecks = await RunChecksAsync(team.Editor, articleQuotingNew);
        var withoutMethod = await team.SecondReviewer.PostAsJsonAsync($"/api/resources/{id}/verify", new { version = "latest" });
        var verified = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.SecondReviewer.PostAsJsonAsync($"/api/resources/{id}/verify", new { version = "latest", method = "OfficialWebsite", checkedUtc = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"), note = "Matches the service's contact page." }));
        await MustAsync(team.Editor, id, "publish");
        var routedAfter = await CrisisResourcesAsync(team.Host, "US-OR");
        var searchedAfter = await SearchAsync(reader, "9474");

        Assert.Equal("ChannelsVerified", (await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, unverified)).GetProperty("refusals")[0].GetProperty("rule").GetString());
        Assert.Equal("SelfVerification", (await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, selfVerified)).GetProperty("refusals")[0].GetProperty("rule").GetString());
        Assert.Equal("1-503-555-0147", stillServed.GetProperty("fields").GetProperty("phone").GetString());
        Assert.Equal("1-503-555-0147", Phone(routedBefore, id));
        Assert.DoesNotContain(id, Ids(searchedBefore));
        Assert.Contains(Messages(articleChecks.GetProperty("report"), "helpline-number"), m => m.Contains(changed) && m.Contains("is not the number of any verified resource"));
        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, withoutMethod, "method");
        Assert.Equal(("OfficialWebsite", "dr.lindqvist"), (verified.GetProperty("verification").GetProperty("method").GetString(), verified.GetProperty("verification").GetProperty("verifiedBy").GetString()));
        Assert.Equal(changed, Phone(routedAfter, id));
        Assert.Contains(id, Ids(searchedAfter));
    }

    [Fact]
    public async Task Should_refuse_the_approving_reviewer_as_verifier_when_the_site_asks_for_three_people()
    {
        using var host = new CmsTestHost();
        var runner = host.Services.GetRequiredService<RecipeRunner>();
        await runner.RunAsync(RecipeDocument.Parse("""
            { "name": "three-people", "steps": [ { "name": "SafetyRules", "resources": { "contentType": "Resource", "crisisFlagField": "isCrisisLine", "regionField": "region",
              "channelFields": [ "phone", "sms", "smsKeyword", "website", "chatUrl", "hours", "region" ], "channelChangePeople": 3 } } ] }
            """, "three-people"), CmsActor.Operator("tester"));
        using var editor = await host.CreateUserAsync("editor.three", "Editor");
        using var reviewer = await host.CreateUserAsync("dr.three", "ClinicalReviewer", Credential("LCSW", "L-3", 2031));
        using var verifier = await host.CreateUserAsync("dr.verifier", "ClinicalReviewer", Credential("PsyD", "P-3", 2031));
        var id = await DraftAsync(editor, "Resource", new { name = "Three People Line", region = "US-WA", isCrisisLine = true, phone = "1-206-555-0199", hours = new { alwaysOpen = true } });
        await MustAsync(editor, id, "submit");
        await MustAsync(reviewer, id, "approve", new { version = await LatestVersionIdAsync(editor, id), password = "dr.three" + PasswordSuffix });

        var byApprover = await reviewer.PostAsJsonAsync($"/api/resources/{id}/verify", new { version = "latest", method = "CalledTheLine" });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await verifier.PostAsJsonAsync($"/api/resources/{id}/verify", new { version = "latest", method = "CalledTheLine" }));
        await MustAsync(editor, id, "publish");

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, byApprover);
        Assert.Contains("three people", problem.GetProperty("detail").GetString());
    }

    private static string? Phone(JsonElement routing, string id) =>
        routing.GetProperty("resources").EnumerateArray().First(r => r.GetProperty("contentItemId").GetString() == id).GetProperty("fields").GetProperty("phone").GetString();
}
