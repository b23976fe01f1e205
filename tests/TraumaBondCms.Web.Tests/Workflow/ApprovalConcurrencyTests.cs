using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Workflow;

/// <summary>Races between reviewers approving, an editor editing and a publisher publishing never let a version go live that differs from what was signed.</summary>
public sealed class ApprovalConcurrencyTests : IClassFixture<ReviewTeam>
{
    private readonly ReviewTeam _team;

    public ApprovalConcurrencyTests(ReviewTeam team) => _team = team;

    [Fact]
    public async Task Should_never_publish_a_hash_that_differs_from_its_approval_when_approvals_race_an_edit()
    {
        using var publisher = await _team.Host.AdminAsync();
        var random = new Random(20261121);
        var (published, voided) = (0, 0);
        for (var round = 0; round < 50; round++)
        {
            var (id, created) = await DraftFaqAsync(_team.Editor, $"Race round {round}?", "Original answer.");
            await MustAsync(_team.Editor, id, "submit");
            var versionId = created.GetProperty("contentItemVersionId").GetString()!;

            // Two reviewers sign the version they read; the editor edits and an administrator publishes at staggered,
            // random moments around the signatures, so the interleavings differ from round to round.
            var approveOne = TransitionAsync(_team.Reviewer, id, "approve", new { version = versionId, password = "dr.okafor" + PasswordSuffix });
            var approveTwo = TransitionAsync(_team.SecondReviewer, id, "approve", new { version = versionId, password = "dr.lindqvist" + PasswordSuffix });
            var edit = EditLaterAsync(id, round, random.Next(0, 250));
            var publish = PublishLaterAsync(publisher, id, random.Next(0, 300));
            await Task.WhenAll(approveOne, approveTwo, edit, publish);
            published += (await publish) == HttpStatusCode.OK ? 1 : 0;
            voided += (await _team.AuditAsync(id, "approval.voided")).GetArrayLength();

            await AssertPublishedHashIsApprovedAsync(id);
        }

        // Both sides of the race must have happened for the invariant to have been tested.
        Assert.True(published > 0, "No round published: the race never reached the publish.");
        Assert.True(voided > 0, "No round voided an approval: the edit never landed after a signature.");
    }

    private async Task EditLaterAsync(string id, int round, int delayMs)
    {
        await Task.Delay(delayMs);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/content/{id}") { Content = JsonContent.Create(new { fields = new { question = $"Race round {round}?", answer = "Edited while reviewers signed." } }) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        using var response = await _team.Editor.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"Edit answered {response.StatusCode}");
    }

    private static async Task<HttpStatusCode> PublishLaterAsync(HttpClient publisher, string id, int delayMs)
    {
        await Task.Delay(delayMs);
        using var response = await TransitionAsync(publisher, id, "publish");
        return response.StatusCode;
    }

    private async Task AssertPublishedHashIsApprovedAsync(string id)
    {
        await using var session = await _team.Host.Store.OpenReadAsync();
        var live = await session.Content.GetAsync(id, VersionSelector.Published);
        if (live is null)
        {
            return;
        }

        var approvals = await session.Workflow.GetApprovalsAsync(id);
        Assert.Contains(approvals, a => a.IsValid && a.IsClinical && a.ContentHash == live.ContentHash);
    }
}
