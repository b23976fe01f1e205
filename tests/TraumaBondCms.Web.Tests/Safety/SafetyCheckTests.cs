using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Safety.SafetyApi;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Safety;

/// <summary>The clinical safety checks at submit and approve, over HTTP with the setup recipe's rules and resources.</summary>
public sealed class SafetyCheckTests(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    [Fact]
    public async Task Should_block_submit_naming_the_number_the_resource_and_the_fix_when_a_hotline_digit_is_mistyped()
    {
        var id = await DraftAsync(team.Editor, "Article", new
        {
            title = "Talking to someone",
            body = "If you want to talk it through, call the National Domestic Violence Hotline at 1-800-799-7223.",
            relatedResources = new[] { "resource-us-ndvh" },
        });

        var refused = await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, await TransitionAsync(team.Editor, id, "submit"));

        var refusal = Assert.Single(refused.GetProperty("refusals").EnumerateArray());
        Assert.Equal("Checks", refusal.GetProperty("rule").GetString());
        var message = refusal.GetProperty("message").GetString()!;
        Assert.Contains("This looks like the National Domestic Violence Hotline number with one digit different: use 1-800-799-7233 (the text has 1-800-799-7223).", message);
        Assert.Equal("Draft", (await StateAsync(team.Editor, id)).GetProperty("latest").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Should_block_submit_until_a_crisis_resource_is_linked_when_an_article_is_tagged_abuse()
    {
        var id = await DraftAsync(team.Editor, "Article", new
        {
            title = "Noticing the pattern",
            body = "Naming what happens can be a first step.",
            topics = new[] { "abuse" },
            contentWarning = "Mentions emotional abuse in general terms.",
        });

        var refused = await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, await TransitionAsync(team.Editor, id, "submit"));
        await PatchAsync(team.Editor, id, new { relatedResources = new[] { "resource-us-ndvh" } });
        var submitted = await MustAsync(team.Editor, id, "submit");

        Assert.Contains("is tagged 'abuse' (risk topic 'abuse') but links no verified crisis resource for US", refused.GetProperty("detail").GetString());
        Assert.Equal("InReview", submitted.GetProperty("to").GetString());
    }

    [Fact]
    public async Task Should_record_the_reason_in_the_audit_trail_when_a_reviewer_signs_over_warnings()
    {
        var id = await DraftAsync(team.Editor, "Article", new { title = "Daily tips", body = "Small routines help.\n\nFollow us on Instagram for daily tips." });
        await MustAsync(team.Editor, id, "submit");
        var version = await LatestVersionIdAsync(team.Reviewer, id);

        var unsigned = await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await TransitionAsync(team.Reviewer, id, "approve", new { version, password = "dr.okafor" + PasswordSuffix }));
        await MustAsync(team.Reviewer, id, "approve", new { version, password = "dr.okafor" + PasswordSuffix, overrideReason = "The clinic's own account; reviewed and kept on purpose." });

        Assert.Equal("CheckWarnings", unsigned.GetProperty("refusals")[0].GetProperty("rule").GetString());
        var overridden = Assert.Single((await team.AuditAsync(id, "checks.overridden")).EnumerateArray());
        Assert.Equal(("dr.okafor", "The clinic's own account; reviewed and kept on purpose."), (overridden.GetProperty("actor").GetString(), overridden.GetProperty("reason").GetString()));
        Assert.Contains("Follow us on Instagram", overridden.GetProperty("details").GetString());
    }

    [Fact]
    public async Task Should_store_what_the_reviewer_saw_with_the_version_when_checks_run_at_submit_and_approve()
    {
        var id = await DraftAsync(team.Editor, "Article", new { title = "Where to call", body = "The hotline is free: call 1-800-799-7233.\n\nFollow us on Instagram." });
        await MustAsync(team.Editor, id, "submit");
        var version = await LatestVersionIdAsync(team.Reviewer, id);
        await MustAsync(team.Reviewer, id, "approve", new { version, password = "dr.okafor" + PasswordSuffix, overrideReason = "Reviewed." });

        var checks = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Reviewer.GetAsync($"/api/content/{id}/checks?version=1"));

        var runs = checks.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(["approve", "submit"], runs.Select(r => r.GetProperty("trigger").GetString()));
        var report = runs[1].GetProperty("report");
        Assert.Equal([("promotional", "Warning")], Rules(report));
        var match = Assert.Single(report.GetProperty("matches").EnumerateArray());
        Assert.Equal(("1-800-799-7233", "Matched", "resource-us-ndvh"), (match.GetProperty("found").GetString(), match.GetProperty("outcome").GetString(), match.GetProperty("resourceId").GetString()));
    }

    [Fact]
    public async Task Should_return_findings_without_changing_status_or_storing_them_when_checks_run_on_demand()
    {
        var id = await DraftAsync(team.Editor, "Article", new { title = "Formatting", body = "Stay <b>safe</b>." });

        var run = await RunChecksAsync(team.Editor, id);
        var state = await StateAsync(team.Editor, id);
        var stored = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync($"/api/content/{id}/checks"));

        Assert.Equal(1, run.GetProperty("errors").GetInt32());
        Assert.Equal([("raw-html", "Error")], Rules(run.GetProperty("report")));
        Assert.Equal("Draft", state.GetProperty("latest").GetProperty("status").GetString());
        Assert.Empty(stored.GetProperty("runs").EnumerateArray());
    }

    [Fact]
    public async Task Should_find_nothing_when_the_recipe_sample_content_written_for_readers_is_checked()
    {
        var list = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync("/api/content?type=Article&type=Faq&type=Resource&first=100"));
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("contentItemId").GetString()!).ToList();

        var runs = await Task.WhenAll(ids.Select(id => RunChecksAsync(team.Editor, id)));

        Assert.Equal(17, runs.Length);
        Assert.All(runs, r => Assert.True(r.GetProperty("report").GetProperty("findings").GetArrayLength() == 0, r.ToString()));
        Assert.Contains(runs, r => r.GetProperty("report").GetProperty("matches").EnumerateArray().Any(m => m.GetProperty("found").GetString() == "0808 2000 247"));
    }

    [Fact]
    public async Task Should_refuse_check_results_when_the_caller_is_not_signed_in()
    {
        using var anonymous = team.Host.Anonymous();

        var read = await anonymous.GetAsync("/api/content/article-the-abuse-cycle/checks");
        var run = await anonymous.PostAsJsonAsync("/api/content/article-the-abuse-cycle/checks/run", new { });

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (read.StatusCode, run.StatusCode));
    }
}
