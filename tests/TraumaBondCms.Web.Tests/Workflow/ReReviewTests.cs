using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Workflow;

/// <summary>Periodic clinical re-review, emergency unpublish and the audit of refused requests.</summary>
public sealed class ReReviewTests : IClassFixture<ReviewTeam>
{
    private readonly ReviewTeam _team;

    public ReReviewTests(ReviewTeam team) => _team = team;

    [Fact]
    public async Task Should_list_recipe_content_as_overdue_and_keep_it_live_when_never_clinically_reviewed()
    {
        using var reader = _team.Host.Anonymous();

        var overdue = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Reviewer.GetAsync("/api/reviews/overdue"));
        var hotline = overdue.EnumerateArray().Single(o => o.GetProperty("contentItemId").GetString() == "resource-us-ndvh");

        // Nulls are left out of responses: a never-reviewed item has no lastReviewedUtc at all.
        Assert.False(hotline.TryGetProperty("lastReviewedUtc", out _));
        Assert.True(hotline.GetProperty("overdue").GetBoolean());
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content/resource-us-ndvh"));
    }

    [Fact]
    public async Task Should_renew_the_review_date_without_a_new_publish_when_the_unchanged_version_is_approved_again()
    {
        using var reader = _team.Host.Anonymous();
        var before = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content/resource-gb-national-domestic-abuse-helpline"));

        var renewed = await MustAsync(_team.Reviewer, "resource-gb-national-domestic-abuse-helpline", "renewReview", new { version = before.GetProperty("contentItemVersionId").GetString(), password = "dr.okafor" + PasswordSuffix, comment = "Number and hours checked against the provider's site." });
        var after = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content/resource-gb-national-domestic-abuse-helpline"));
        var state = await StateAsync(_team.Reviewer, "resource-gb-national-domestic-abuse-helpline");
        var overdue = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Reviewer.GetAsync("/api/reviews/overdue"));

        Assert.Equal("Renewal", renewed.GetProperty("approval").GetProperty("kind").GetString());
        Assert.Equal(before.GetProperty("contentItemVersionId").GetString(), after.GetProperty("contentItemVersionId").GetString());
        Assert.Equal(before.GetProperty("publishedUtc").GetDateTimeOffset(), after.GetProperty("publishedUtc").GetDateTimeOffset());
        var review = state.GetProperty("review");
        var reviewed = review.GetProperty("lastReviewedUtc").GetDateTimeOffset();
        Assert.Equal(reviewed.AddMonths(3), review.GetProperty("nextReviewDueUtc").GetDateTimeOffset());
        Assert.False(review.GetProperty("overdue").GetBoolean());
        Assert.DoesNotContain(overdue.EnumerateArray(), o => o.GetProperty("contentItemId").GetString() == "resource-gb-national-domestic-abuse-helpline");
    }

    [Fact]
    public async Task Should_take_content_offline_at_once_and_flag_it_when_a_reviewer_unpublishes_in_an_emergency()
    {
        using var reader = _team.Host.Anonymous();

        var withoutReason = await TransitionAsync(_team.Reviewer, "faq-what-is-a-safety-plan", "emergencyUnpublish");
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content/faq-what-is-a-safety-plan"));
        var done = await MustAsync(_team.Reviewer, "faq-what-is-a-safety-plan", "emergencyUnpublish", new { reason = "A reader reported an outdated safety-plan link." });
        var followUps = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Reviewer.GetAsync("/api/reviews/follow-up"));
        var audit = await _team.AuditAsync("faq-what-is-a-safety-plan", "content.unpublished");

        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, withoutReason);
        Assert.Equal("Unpublished", done.GetProperty("to").GetString());
        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, await reader.GetAsync("/api/content/faq-what-is-a-safety-plan"));
        Assert.Contains(followUps.EnumerateArray(), f => f.GetProperty("contentItemId").GetString() == "faq-what-is-a-safety-plan"
            && f.GetProperty("reason").GetString() == "A reader reported an outdated safety-plan link.");
        Assert.Equal("A reader reported an outdated safety-plan link.", audit[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Should_refuse_an_emergency_unpublish_by_an_editor_who_may_only_unpublish()
    {
        var response = await TransitionAsync(_team.Editor, "faq-does-going-back-mean-i-failed", "emergencyUnpublish", new { reason = "Not my call." });

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, response);
        Assert.Contains("ClinicalReviewer or Administrator", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Should_audit_a_permission_denial_when_a_signed_in_user_is_refused()
    {
        await _team.Reviewer.GetAsync("/api/users");
        using var admin = await _team.Host.AdminAsync();

        var denials = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/audit?actor=dr.okafor&action=permission.denied"));

        Assert.Contains(denials.EnumerateArray(), d => d.GetProperty("reason").GetString() == "GET /api/users needs ManageUsers");
    }
}
