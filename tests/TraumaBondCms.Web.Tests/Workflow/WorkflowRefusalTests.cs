using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Workflow;

/// <summary>Each rule of the clinical workflow refuses with a clear 403, 409 or 400 ProblemDetails, and nothing changes.</summary>
public sealed class WorkflowRefusalTests : IClassFixture<ReviewTeam>
{
    private readonly ReviewTeam _team;

    public WorkflowRefusalTests(ReviewTeam team) => _team = team;

    [Fact]
    public async Task Should_refuse_self_approval_when_the_reviewer_edited_the_version()
    {
        (await _team.Host.CreateUserAsync("dr.both", "ClinicalReviewer", Credential("LMFT", "LMFT-1", 2030))).Dispose();
        await GrantRolesAsync("dr.both", "ClinicalReviewer", "Editor");
        using var reviewerWhoEdits = await _team.Host.SignInAsync("dr.both", "dr.both" + PasswordSuffix);
        var (id, _) = await DraftFaqAsync(_team.Editor, "Who reviews the reviewer?", "Another reviewer.");
        await EditAsync(reviewerWhoEdits, id, new { question = "Who reviews the reviewer?", answer = "Another reviewer, always." });
        await MustAsync(_team.Editor, id, "submit");

        await AssertRefusedAsync(HttpStatusCode.Forbidden, "SeparationOfDuties", id, async () =>
            await TransitionAsync(reviewerWhoEdits, id, "approve", new { version = await LatestVersionIdAsync(reviewerWhoEdits, id), password = "dr.both" + PasswordSuffix }));
    }

    [Fact]
    public async Task Should_refuse_approval_when_the_reviewers_credential_has_expired()
    {
        using var expired = await _team.Host.CreateUserAsync("dr.expired", "ClinicalReviewer", Credential("LPC", "LPC-9", 2020));
        var (id, _) = await DraftFaqAsync(_team.Editor, "Is an expired licence enough?", "No.");
        await MustAsync(_team.Editor, id, "submit");

        await AssertRefusedAsync(HttpStatusCode.Forbidden, "Credential", id, async () => await TransitionAsync(expired, id, "approve", new { version = await LatestVersionIdAsync(expired, id), password = "dr.expired" + PasswordSuffix }));
    }

    [Fact]
    public async Task Should_refuse_a_signature_when_the_password_is_wrong()
    {
        var (id, _) = await DraftFaqAsync(_team.Editor, "Does a signature need the password?", "Yes.");
        await MustAsync(_team.Editor, id, "submit");

        await AssertRefusedAsync(HttpStatusCode.Forbidden, "Signature", id, async () => await TransitionAsync(_team.Reviewer, id, "approve", new { version = await LatestVersionIdAsync(_team.Reviewer, id), password = "not-my-password" }));
    }

    [Fact]
    public async Task Should_refuse_to_publish_when_the_version_was_never_approved()
    {
        var (id, _) = await DraftFaqAsync(_team.Editor, "Can I skip review?", "No.");
        await MustAsync(_team.Editor, id, "submit");

        await AssertRefusedAsync(HttpStatusCode.Conflict, "ApprovedHash", id, () => TransitionAsync(_team.Editor, id, "publish"));
        await AssertRefusedAsync(HttpStatusCode.Conflict, "ApprovedHash", id, () => _team.Editor.PostAsync($"/api/content/{id}/publish", null));
    }

    [Fact]
    public async Task Should_refuse_to_publish_when_the_approved_version_was_changed()
    {
        var (id, _) = await DraftFaqAsync(_team.Editor, "What if I edit after approval?", "The approval is voided.");
        await MustAsync(_team.Editor, id, "submit");
        await ApproveAsync(_team.Reviewer, "dr.okafor", id);
        await EditAsync(_team.Editor, id, new { question = "What if I edit after approval?", answer = "The approval is voided, and review starts again." });

        await AssertRefusedAsync(HttpStatusCode.Conflict, "ApprovedHash", id, () => TransitionAsync(_team.Editor, id, "publish"));
    }

    [Fact]
    public async Task Should_refuse_to_approve_a_stale_version()
    {
        var (id, first) = await DraftFaqAsync(_team.Editor, "Which version did you read?", "This one.");
        await MustAsync(_team.Editor, id, "submit");
        await MustAsync(_team.Editor, id, "withdraw");
        await EditAsync(_team.Editor, id, new { question = "Which version did you read?", answer = "A newer one." });
        await MustAsync(_team.Editor, id, "submit");

        await AssertRefusedAsync(HttpStatusCode.Conflict, "FreshVersion", id, () => TransitionAsync(_team.Reviewer, id, "approve", new { version = first.GetProperty("contentItemVersionId").GetString(), password = "dr.okafor" + PasswordSuffix }));
    }

    [Fact]
    public async Task Should_refuse_an_edit_while_the_version_is_in_review()
    {
        var (id, _) = await DraftFaqAsync(_team.Editor, "Can I edit during review?", "No.");
        await MustAsync(_team.Editor, id, "submit");
        var before = DatabaseSnapshot.Take(_team.Host.DataPath);

        var response = await EditAsync(_team.Editor, id, new { question = "Can I edit during review?", answer = "Sneaky change." }, HttpStatusCode.Conflict);

        Assert.Contains("InReview", response.GetProperty("detail").GetString());
        DatabaseSnapshot.Take(_team.Host.DataPath).AssertUnchangedSince(before);
    }

    [Fact]
    public async Task Should_refuse_a_transition_that_is_not_in_the_workflow()
    {
        var (id, _) = await DraftFaqAsync(_team.Editor, "Can I fast-track?", "No.");

        await AssertRefusedAsync(HttpStatusCode.Conflict, "TransitionExists", id, () => TransitionAsync(_team.Editor, id, "fastTrack"));
        await AssertRefusedAsync(HttpStatusCode.Conflict, "FromStatus", id, () => TransitionAsync(_team.Editor, id, "publish"));
    }

    [Fact]
    public async Task Should_refuse_a_role_without_the_transition()
    {
        var (id, _) = await DraftFaqAsync(_team.Editor, "Can editors approve?", "No.");
        await MustAsync(_team.Editor, id, "submit");

        await AssertRefusedAsync(HttpStatusCode.Forbidden, "Role", id, async () => await TransitionAsync(_team.Editor, id, "approve", new { version = await LatestVersionIdAsync(_team.Editor, id), password = "editor.maya" + PasswordSuffix }));
        await AssertRefusedAsync(HttpStatusCode.Forbidden, "Role", id, () => TransitionAsync(_team.Reviewer, id, "withdraw"));
    }

    [Fact]
    public async Task Should_refuse_to_request_changes_without_a_comment()
    {
        var (id, _) = await DraftFaqAsync(_team.Editor, "Can I reject silently?", "No.");
        await MustAsync(_team.Editor, id, "submit");

        await AssertRefusedAsync(HttpStatusCode.BadRequest, "Comment", id, () => TransitionAsync(_team.Reviewer, id, "requestChanges"));
    }

    [Fact]
    public async Task Should_audit_a_refusal_with_its_reasons()
    {
        var (id, _) = await DraftFaqAsync(_team.Editor, "Are refusals remembered?", "Yes.");

        await TransitionAsync(_team.Editor, id, "publish");
        var refused = await _team.AuditAsync(id, "workflow.refused");

        Assert.Contains("Approved", refused[0].GetProperty("reason").GetString());
        Assert.Equal("editor.maya", refused[0].GetProperty("actor").GetString());
    }

    private async Task AssertRefusedAsync(HttpStatusCode status, string rule, string id, Func<Task<HttpResponseMessage>> attempt)
    {
        var before = DatabaseSnapshot.Take(_team.Host.DataPath);

        var problem = await HttpAssert.ProblemAsync(status, await attempt());

        Assert.Contains(rule, problem.GetProperty("refusals").EnumerateArray().Select(r => r.GetProperty("rule").GetString()));
        var after = DatabaseSnapshot.Take(_team.Host.DataPath);
        foreach (var table in new[] { "content_items", "content_versions", "content_slugs", "content_field_index" })
        {
            Assert.True(before.Tables[table] == after.Tables[table], $"{table} changed for {id}");
        }
    }

    private async Task GrantRolesAsync(string userName, params string[] roles)
    {
        using var admin = await _team.Host.AdminAsync();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PatchAsJsonAsync($"/api/users/{userName}", new { roles, credential = Credential("LMFT", "LMFT-1", 2030) }));
    }
}
