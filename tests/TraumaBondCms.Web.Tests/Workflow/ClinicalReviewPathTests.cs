using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Workflow;

/// <summary>The whole clinical review path over HTTP with three real users: an editor and two clinical reviewers.</summary>
public sealed class ClinicalReviewPathTests : IClassFixture<ReviewTeam>
{
    private readonly ReviewTeam _team;

    public ClinicalReviewPathTests(ReviewTeam team) => _team = team;

    [Fact]
    public async Task Should_reach_readers_only_through_review_when_a_draft_walks_the_whole_path()
    {
        var (editor, reviewer, second) = (_team.Editor, _team.Reviewer, _team.SecondReviewer);
        using var reader = _team.Host.Anonymous();
        var (id, _) = await DraftFaqAsync(editor, "Can I call the hotline if I am not sure it is abuse?", "Yes. You do not need to be sure.");

        // Draft -> InReview -> ChangesRequested, with a comment anchored to the answer.
        await MustAsync(editor, id, "submit");
        var changes = await MustAsync(reviewer, id, "requestChanges", new { comment = "Add that the call is free and confidential.", field = "answer" });
        var comments = await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.GetAsync($"/api/content/{id}/comments"));
        Assert.Equal("ChangesRequested", changes.GetProperty("to").GetString());
        Assert.Equal("answer", comments[0].GetProperty("field").GetString());

        // The editor fixes it and submits again; a reviewer approves with their password.
        await EditAsync(editor, id, new { question = "Can I call the hotline if I am not sure it is abuse?", answer = "Yes. You do not need to be sure. Calls are free and confidential." });
        await MustAsync(editor, id, "submit");
        var approval = await ApproveAsync(reviewer, "dr.okafor", id, "Clear and accurate.");
        Assert.Equal("Approved", approval.GetProperty("to").GetString());
        Assert.Equal("LCSW, licence LCS-40211 (State Board of Behavioral Sciences), valid to 2030-12-31", approval.GetProperty("approval").GetProperty("credential").GetString());
        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, await reader.GetAsync($"/api/content/{id}"));

        // Publish: readers see the approved text.
        await MustAsync(editor, id, "publish");
        var live = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{id}"));
        Assert.Equal(approval.GetProperty("version").GetProperty("contentHash").GetString(), live.GetProperty("contentHash").GetString());

        // Edit the published item: the published version is still served, a draft is pending.
        var draft = await EditAsync(editor, id, new { question = "Can I call the hotline if I am not sure it is abuse?", answer = "Yes. You do not need to be sure. Calls are free, confidential and open 24/7." });
        var stillLive = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{id}"));
        Assert.Equal(live.GetProperty("contentHash").GetString(), stillLive.GetProperty("contentHash").GetString());
        Assert.Equal("Draft", draft.GetProperty("status").GetString());

        // The new draft is approved, then edited again: that approval is voided and audited.
        await MustAsync(editor, id, "submit");
        await ApproveAsync(second, "dr.lindqvist", id);
        await EditAsync(editor, id, new { question = "Can I call the hotline if I am not sure it is abuse?", answer = "Yes. You do not need to be sure. Calls are free and confidential, day and night." });
        var voided = await _team.AuditAsync(id, "approval.voided");
        Assert.Equal(1, voided.GetArrayLength());
        var state = await StateAsync(editor, id);
        Assert.Equal("Draft", state.GetProperty("latest").GetProperty("status").GetString());
        await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, await TransitionAsync(editor, id, "publish"));

        // Re-approve and schedule the publish: the scheduler fires it.
        await MustAsync(editor, id, "submit");
        var reapproved = await ApproveAsync(second, "dr.lindqvist", id);
        var at = DateTimeOffset.UtcNow.AddSeconds(1);
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync($"/api/content/{id}/schedules", new { action = "publish", at = at.ToString("O") }));
        var published = await Eventually.ValueAsync(async () =>
        {
            var current = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{id}"));
            return current.GetProperty("contentHash").GetString() == reapproved.GetProperty("version").GetProperty("contentHash").GetString() ? current : (System.Text.Json.JsonElement?)null;
        });
        Assert.Contains("day and night", published.GetProperty("fields").GetProperty("answer").GetString());
        var schedules = await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.GetAsync($"/api/content/{id}/schedules"));
        Assert.Equal("Done", schedules[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Should_show_reviewers_the_changes_since_the_approved_and_published_versions()
    {
        var (id, _) = await DraftFaqAsync(_team.Editor, "Is the hotline free?", "Yes, the call is free.");
        await MustAsync(_team.Editor, id, "submit");
        await ApproveAsync(_team.Reviewer, "dr.okafor", id);
        await MustAsync(_team.Editor, id, "publish");
        await EditAsync(_team.Editor, id, new { question = "Is the hotline free?", answer = "Yes, the call is free and confidential." });

        var sinceApproved = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Reviewer.GetAsync($"/api/content/{id}/diff/since-approved"));
        var sincePublished = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Reviewer.GetAsync($"/api/content/{id}/diff/since-published"));

        foreach (var diff in new[] { sinceApproved, sincePublished })
        {
            Assert.Equal(1, diff.GetProperty("fromVersion").GetInt32());
            var answer = diff.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "answer");
            Assert.Equal("Modified", answer.GetProperty("change").GetString());
            Assert.Contains("<ins> and confidential</ins>", answer.GetProperty("html").GetString());
            Assert.Equal("Unchanged", diff.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "question").GetProperty("change").GetString());
        }
    }

    [Fact]
    public async Task Should_restore_an_old_version_as_a_new_draft_that_needs_review_again()
    {
        var (id, first) = await DraftFaqAsync(_team.Editor, "What is grey rock?", "A way of answering without emotion.");
        await EditAsync(_team.Editor, id, new { question = "What is grey rock?", answer = "Changed wording." });

        var restored = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Editor.PostAsJsonAsync($"/api/content/{id}/restore", new { version = 1 }));
        var audit = await _team.AuditAsync(id, "content.restored");

        Assert.Equal(3, restored.GetProperty("version").GetInt32());
        Assert.Equal("Draft", restored.GetProperty("status").GetString());
        Assert.Equal(first.GetProperty("contentHash").GetString(), restored.GetProperty("contentHash").GetString());
        Assert.Equal("restored version 1", audit[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Should_thread_and_resolve_comments_anchored_to_a_text_range()
    {
        var (id, _) = await DraftFaqAsync(_team.Editor, "Why do I miss them?", "Because the bond formed in cycles of relief.");
        await MustAsync(_team.Editor, id, "submit");

        var comment = await HttpAssert.StatusAsync(HttpStatusCode.Created, await _team.Reviewer.PostAsJsonAsync($"/api/content/{id}/comments", new { body = "Say what relief means here.", field = "answer", rangeStart = 37, rangeEnd = 43 }));
        var reply = await HttpAssert.StatusAsync(HttpStatusCode.Created, await _team.Editor.PostAsJsonAsync($"/api/content/{id}/comments", new { body = "Will add an example.", parentId = comment.GetProperty("commentId").GetString() }));
        await HttpAssert.StatusAsync(HttpStatusCode.NoContent, await _team.Reviewer.PostAsync($"/api/content/{id}/comments/{comment.GetProperty("commentId").GetString()}/resolve", null));
        var again = await _team.Reviewer.PostAsync($"/api/content/{id}/comments/{comment.GetProperty("commentId").GetString()}/resolve", null);
        var badRange = await _team.Reviewer.PostAsJsonAsync($"/api/content/{id}/comments", new { body = "x", field = "answer", rangeStart = 10, rangeEnd = 9000 });
        var thread = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Editor.GetAsync($"/api/content/{id}/comments"));

        Assert.Equal("relief", comment.GetProperty("quotedText").GetString());
        Assert.Equal(comment.GetProperty("commentId").GetString(), reply.GetProperty("parentId").GetString());
        await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, again);
        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, badRange, "rangeStart");
        Assert.Equal("dr.okafor", thread[0].GetProperty("resolvedBy").GetString());
    }
}
