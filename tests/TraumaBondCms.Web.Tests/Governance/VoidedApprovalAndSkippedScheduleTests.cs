using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Webhooks;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// Break 6 of issue 13: a voided approval still showed the version as "Approved" in the version list, and a scheduled
/// publish skipped because its approval was voided told nobody.
/// </summary>
public sealed class VoidedApprovalAndSkippedScheduleTests(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    [Fact]
    public async Task Should_say_the_approval_was_voided_by_an_edit_in_the_version_list()
    {
        var (id, _) = await DraftFaqAsync(team.Editor, "Is a voided approval still shown as approved?", "It should not be.");
        await MustAsync(team.Editor, id, "submit");
        await ApproveAsync(team.Reviewer, "dr.okafor", id);

        await EditAsync(team.Editor, id, new { question = "Is a voided approval still shown as approved?", answer = "No: the list says the edit voided it." });
        var versions = (await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync($"/api/content/{id}/versions"))).EnumerateArray().ToList();

        Assert.Equal(("ApprovalVoided", "Approval voided by edit: edited by editor.maya."), (versions[0].GetProperty("status").GetString(), versions[0].GetProperty("statusNote").GetString()));
        Assert.Equal("Draft", versions[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Should_tell_the_owner_on_the_dashboard_and_by_webhook_when_their_scheduled_publish_is_skipped()
    {
        using var admin = await team.Host.AdminAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        await WebhookApi.RegisterAsync(admin, receiver.Url, "schedule.skipped");
        var (id, _) = await DraftFaqAsync(team.Editor, "Does a skipped schedule tell anyone?", "It tells its owner.");
        await MustAsync(team.Editor, id, "submit");
        await ApproveAsync(team.Reviewer, "dr.okafor", id);
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await team.Editor.PostAsJsonAsync($"/api/content/{id}/schedules", new { action = "publish", at = DateTimeOffset.UtcNow.AddSeconds(1).ToString("O") }));

        await EditAsync(team.Editor, id, new { question = "Does a skipped schedule tell anyone?", answer = "It tells its owner, and why." });
        var delivered = Assert.Single(await receiver.WaitForAsync(r => r.Any(x => x.ContentItemId == id)), r => r.ContentItemId == id);
        using var editorSite = await Admin.AdminSite.SignedInAsync(team.Host, "editor.maya", "editor.maya" + PasswordSuffix);
        var dashboard = await editorSite.GetStringAsync("/admin");
        using var otherSite = await Admin.AdminSite.SignedInAsync(team.Host, "admin", CmsTestHost.AdminPassword);
        var otherDashboard = await otherSite.GetStringAsync("/admin");

        Assert.Equal("schedule.skipped", delivered.Event);
        var schedule = delivered.Payload.GetProperty("schedule");
        Assert.Equal(("editor.maya", "Publish"), (schedule.GetProperty("owner").GetString(), schedule.GetProperty("action").GetString()));
        Assert.Contains("no valid clinical approval", schedule.GetProperty("outcome").GetString());
        Assert.Contains("My skipped schedules", dashboard);
        Assert.Contains("Does a skipped schedule tell anyone?", dashboard);
        Assert.DoesNotContain("My skipped schedules", otherDashboard);
    }
}
