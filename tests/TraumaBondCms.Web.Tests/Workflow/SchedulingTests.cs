using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Workflow;

/// <summary>Scheduled publishing: at most once across scheduler instances, and never for a version whose approval was voided.</summary>
public sealed class SchedulingTests : IClassFixture<ReviewTeam>
{
    private readonly ReviewTeam _team;

    public SchedulingTests(ReviewTeam team) => _team = team;

    [Fact]
    public async Task Should_skip_and_audit_a_scheduled_publish_when_its_approval_was_voided()
    {
        using var reader = _team.Host.Anonymous();
        var (id, _) = await DraftFaqAsync(_team.Editor, "Will a voided approval still go live?", "No.");
        await MustAsync(_team.Editor, id, "submit");
        await ApproveAsync(_team.Reviewer, "dr.okafor", id);
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await _team.Editor.PostAsJsonAsync($"/api/content/{id}/schedules", new { action = "publish", at = DateTimeOffset.UtcNow.AddSeconds(1).ToString("O") }));

        await EditAsync(_team.Editor, id, new { question = "Will a voided approval still go live?", answer = "No, never." });
        var schedule = await Eventually.ValueAsync(async () =>
        {
            var schedules = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Editor.GetAsync($"/api/content/{id}/schedules"));
            return schedules[0].GetProperty("state").GetString() == "Pending" ? (System.Text.Json.JsonElement?)null : schedules[0];
        });

        Assert.Equal("Skipped", schedule.GetProperty("state").GetString());
        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, await reader.GetAsync($"/api/content/{id}"));
        Assert.Equal(1, (await _team.AuditAsync(id, "schedule.skipped")).GetArrayLength());
    }

    [Fact]
    public async Task Should_refuse_to_schedule_a_publish_when_the_version_is_not_approved()
    {
        var (id, _) = await DraftFaqAsync(_team.Editor, "Can I schedule a draft?", "No.");

        var response = await _team.Editor.PostAsJsonAsync($"/api/content/{id}/schedules", new { action = "publish", at = DateTimeOffset.UtcNow.AddHours(1).ToString("O") });
        var past = await _team.Editor.PostAsJsonAsync($"/api/content/{id}/schedules", new { action = "publish", at = "2001-01-01T00:00:00Z" });

        await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, response);
        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, past, "at");
    }

    [Fact]
    public async Task Should_unpublish_when_an_unpublish_is_due()
    {
        using var reader = _team.Host.Anonymous();
        var (id, _) = await DraftFaqAsync(_team.Editor, "Can content expire?", "Yes, on a schedule.");
        await MustAsync(_team.Editor, id, "submit");
        await ApproveAsync(_team.Reviewer, "dr.okafor", id);
        await MustAsync(_team.Editor, id, "publish");

        await HttpAssert.StatusAsync(HttpStatusCode.Created, await _team.Editor.PostAsJsonAsync($"/api/content/{id}/schedules", new { action = "unpublish", at = DateTimeOffset.UtcNow.AddMilliseconds(500).ToString("O") }));
        await Eventually.ValueAsync(async () => (await reader.GetAsync($"/api/content/{id}")).StatusCode == HttpStatusCode.NotFound ? true : (bool?)null);

        var state = await StateAsync(_team.Editor, id);
        Assert.Equal("Unpublished", state.GetProperty("latest").GetProperty("status").GetString());
    }
}

/// <summary>Two CMS instances on one database each run a scheduler; a due publish happens exactly once.</summary>
public sealed class SchedulerInstancesTests
{
    [Fact]
    public async Task Should_publish_exactly_once_when_two_instances_run_the_scheduler()
    {
        var fastScheduler = new Dictionary<string, string?> { ["Cms:Workflow:SchedulerInterval"] = "00:00:00.050" };
        using var first = new CmsTestHost(settings: fastScheduler);
        using var second = new CmsTestHost(first.DataPath, fastScheduler) { KeepData = true };
        using var editor = await first.CreateUserAsync("editor.sam", "Editor");
        using var reviewer = await first.CreateUserAsync("dr.reyes", "ClinicalReviewer", Credential("LCSW", "L-1", 2031));
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var (id, _) = await DraftFaqAsync(editor, $"Scheduled twice? ({i})", "Once only.");
            await MustAsync(editor, id, "submit");
            await ApproveAsync(reviewer, "dr.reyes", id);
            await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync($"/api/content/{id}/schedules", new { action = "publish", at = DateTimeOffset.UtcNow.AddMilliseconds(800).ToString("O") }));
            ids.Add(id);
        }

        using var admin = await first.AdminAsync();
        foreach (var id in ids)
        {
            await Eventually.ValueAsync(async () =>
                (await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.GetAsync($"/api/content/{id}/schedules")))[0].GetProperty("state").GetString() == "Done" ? true : (bool?)null);
            var publishes = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/audit?item={id}&action=content.published"));
            Assert.Equal(1, publishes.GetArrayLength());
        }
    }
}
