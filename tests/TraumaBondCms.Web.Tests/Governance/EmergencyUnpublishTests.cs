using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// Break 4 of issue 13: a newer version approved before an incident was republished at once while the follow-up was still
/// open, and clinical reviewers could not emergency-unpublish. Now reviewers and administrators take content down, every
/// approval of the item is voided, and nothing of it is published again until a reviewer signs a post-incident review
/// of the version to republish, with a reason; the follow-up shows on the dashboard until then.
/// </summary>
public sealed class EmergencyUnpublishTests(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    [Fact]
    public async Task Should_refuse_every_republish_until_a_reviewer_signs_a_post_incident_review_of_the_version()
    {
        using var reader = team.Host.Anonymous();
        var id = await PublishedFaqAsync("Is the chat open at night?", "Yes, the chat is open at night.");
        await EditAsync(team.Editor, id, new { question = "Is the chat open at night?", answer = "Yes, the chat is open every night." });
        await MustAsync(team.Editor, id, "submit");
        var approvedBefore = await ApproveAsync(team.SecondReviewer, "dr.lindqvist", id);
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await team.Editor.PostAsJsonAsync($"/api/content/{id}/schedules", new { action = "publish", at = DateTimeOffset.UtcNow.AddHours(1).ToString("O") }));

        await MustAsync(team.Reviewer, id, "emergencyUnpublish", new { reason = "The chat hours are wrong." });
        var gone = await reader.GetAsync($"/api/content/{id}");
        var republish = await TransitionAsync(team.Editor, id, "publish");
        var restRepublish = await team.Editor.PostAsync($"/api/content/{id}/publish", null);
        var schedules = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync($"/api/content/{id}/schedules"));
        var versions = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync($"/api/content/{id}/versions"));
        var version = await LatestVersionIdAsync(team.Editor, id);
        var withoutReason = await TransitionAsync(team.Reviewer, id, "postIncidentReview", new { version, password = "dr.okafor" + PasswordSuffix });
        var byEditor = await TransitionAsync(team.Editor, id, "postIncidentReview", new { version, reason = "Fixed.", password = "editor.maya" + PasswordSuffix });
        var stillBlocked = await TransitionAsync(team.Editor, id, "publish");
        var signed = await MustAsync(team.Reviewer, id, "postIncidentReview", new { version, reason = "Checked the hours with the service; every night is right.", password = "dr.okafor" + PasswordSuffix });
        var followUps = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Reviewer.GetAsync("/api/reviews/follow-up"));
        await MustAsync(team.Editor, id, "publish");
        var live = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{id}"));

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var refusals = (await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, republish)).GetProperty("refusals").EnumerateArray().Select(r => r.GetProperty("rule").GetString()).ToList();
        Assert.Contains("FollowUpOpen", refusals);
        Assert.Contains("ApprovedHash", refusals);
        await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, restRepublish);
        Assert.Equal("Cancelled", schedules[0].GetProperty("state").GetString());
        var latest = versions.EnumerateArray().Last();
        Assert.Equal(approvedBefore.GetProperty("version").GetProperty("contentItemVersionId").GetString(), latest.GetProperty("contentItemVersionId").GetString());
        Assert.Equal("ApprovalVoided", latest.GetProperty("status").GetString());
        Assert.StartsWith("Approval voided: voided by the emergency unpublish", latest.GetProperty("statusNote").GetString());
        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, withoutReason);
        await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, byEditor);
        await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, stillBlocked);
        var approval = signed.GetProperty("approval");
        Assert.Equal(("PostIncidentReview", "Checked the hours with the service; every night is right."), (approval.GetProperty("kind").GetString(), approval.GetProperty("comment").GetString()));
        Assert.Contains("After its emergency unpublish", approval.GetProperty("meaning").GetString());
        Assert.DoesNotContain(followUps.EnumerateArray(), f => f.GetProperty("contentItemId").GetString() == id);
        Assert.Equal("Yes, the chat is open every night.", live.GetProperty("fields").GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Should_let_an_administrator_take_content_down_and_show_the_follow_up_on_the_dashboard_until_it_is_closed()
    {
        var id = await PublishedFaqAsync("Can I delete my browser history?", "Yes. Open the browser's history and clear it.");
        using var admin = await team.Host.AdminAsync();
        using var adminSite = await Admin.AdminSite.SignedInAsync(team.Host, "admin", CmsTestHost.AdminPassword);

        await MustAsync(admin, id, "emergencyUnpublish", new { reason = "Advice may alert an abuser who checks the history." });
        var open = await adminSite.GetStringAsync("/admin");
        var version = await LatestVersionIdAsync(team.Editor, id);
        await MustAsync(team.SecondReviewer, id, "postIncidentReview", new { version, reason = "Kept as is after review; safety note to follow.", password = "dr.lindqvist" + PasswordSuffix });
        var closed = await adminSite.GetStringAsync("/admin");

        Assert.Contains("Advice may alert an abuser who checks the history.", open);
        Assert.DoesNotContain("Advice may alert an abuser who checks the history.", closed);
    }

    private async Task<string> PublishedFaqAsync(string question, string answer)
    {
        var (id, _) = await DraftFaqAsync(team.Editor, question, answer);
        await MustAsync(team.Editor, id, "submit");
        await ApproveAsync(team.Reviewer, "dr.okafor", id);
        await MustAsync(team.Editor, id, "publish");
        return id;
    }
}
