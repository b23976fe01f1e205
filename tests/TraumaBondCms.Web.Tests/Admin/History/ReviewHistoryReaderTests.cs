using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Admin.History;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Tests.Workflow;

namespace TraumaBondCms.Web.Tests.Admin.History;

/// <summary>The review history read from the real store: voided approvals say why, verifications are told, and only those who may see drafts may read it.</summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class ReviewHistoryReaderTests(AdminBrowserFixture fixture)
{
    private ReviewHistoryReader Reader => fixture.Host.Services.GetRequiredService<ReviewHistoryReader>();

    [Fact]
    public async Task Should_keep_the_signature_and_say_why_it_no_longer_counts_when_the_approved_draft_is_edited()
    {
        using var editor = await fixture.ApiAsync(AdminBrowserFixture.Editor);
        using var reviewer = await fixture.ApiAsync(AdminBrowserFixture.Reviewer);
        var id = await fixture.DraftArticleAsync(AdminBrowserFixture.Editor, "Approved, then edited", "The approved body.");
        await ReviewTeam.MustAsync(editor, id, "submit");
        await ReviewTeam.ApproveAsync(reviewer, AdminBrowserFixture.Reviewer, id, "Clinically sound.");
        await ReviewTeam.EditAsync(editor, id, new { title = "Approved, then edited", body = "A body the reviewer never saw." });

        var history = await Reader.ReadAsync(id, CmsActor.System);

        Assert.Equal(
            [ReviewEventKind.Created, ReviewEventKind.Submitted, ReviewEventKind.Approved, ReviewEventKind.Saved, ReviewEventKind.ApprovalVoided],
            history.Events.Select(e => e.Kind));
        var signature = history.Events[2].Signature!;
        Assert.Equal("Clinically sound.", signature.Comment);
        Assert.Equal(1, signature.Version);
        Assert.Equal($"edited by {AdminBrowserFixture.Editor}", signature.VoidedReason);
        Assert.Equal($"Why: edited by {AdminBrowserFixture.Editor}.", history.Events[4].Text);
        Assert.False(history.Truncated);
    }

    [Fact]
    public async Task Should_tell_the_verification_of_its_contact_details_when_a_crisis_resource_is_read()
    {
        var history = await Reader.ReadAsync("resource-us-ndvh", CmsActor.System);

        Assert.Contains(history.Events, e => e.Kind == ReviewEventKind.Verified && e.Title.StartsWith("Verified the contact details of version 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_refuse_when_the_reader_may_not_see_drafts()
    {
        var reader = new CmsActor(null, "reader", "Reader", new HashSet<string>(), new HashSet<string>());

        await Assert.ThrowsAsync<Content.CmsForbiddenException>(() => Reader.ReadAsync(AdminSite.SeededArticle, reader));
    }
}
