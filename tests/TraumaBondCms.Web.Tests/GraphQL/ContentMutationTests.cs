using System.Text.Json;
using static TraumaBondCms.Web.Tests.GraphQL.ContentTeamActions;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>Each mutation's success and its refusals, which must be exactly the workflow's rules, as coded GraphQL errors.</summary>
[Collection(ContentTeamCollection.Name)]
public sealed class ContentMutationTests(ContentTeam team)
{
    private const string Update = "mutation($id: ID!, $v: Int!, $f: FaqInput!) { updateFaq(id: $id, expectedVersion: $v, fields: $f) { version answer { markdown } workflowStatus } }";
    private const string Submit = "mutation($id: ID!, $v: Int) { submitForReview(id: $id, expectedVersion: $v) { transition from to item { version } } }";
    private const string RequestChanges = "mutation($id: ID!, $c: String) { requestChanges(id: $id, comment: $c, field: \"answer\") { to } }";
    private const string Approve = "mutation($id: ID!, $v: Int, $p: String) { approve(id: $id, expectedVersion: $v, password: $p) { to approval { reviewer credentials } } }";
    private const string Publish = "mutation($id: ID!, $v: Int) { publish(id: $id, expectedVersion: $v) { id workflowStatus publishedUtc } }";

    [Fact]
    public async Task Should_save_a_new_version_when_an_update_names_the_latest_version()
    {
        var id = await CreateFaqAsync(team.Editor, "Do drafts keep versions?", "Yes.");

        var updated = await team.Editor.GraphQLAsync(Update, new { id, v = 1, f = new { answer = "Yes, every save is a version." } });
        var stale = await team.Editor.GraphQLAsync(Update, new { id, v = 1, f = new { answer = "An edit from an old copy." } });
        var unknown = await team.Editor.GraphQLAsync(Update, new { id = "no-such-item", v = 1, f = new { answer = "?" } });
        var otherType = await team.Editor.GraphQLAsync(Update, new { id = "article-the-abuse-cycle", v = 1, f = new { answer = "?" } });

        var faq = updated.Ok().GetProperty("updateFaq");
        Assert.Equal(2, faq.GetProperty("version").GetInt32());
        Assert.Equal("Yes, every save is a version.", faq.GetProperty("answer").GetProperty("markdown").GetString());
        Assert.Equal("DRAFT", faq.GetProperty("workflowStatus").GetString());
        Assert.Equal(2, stale.Error("CONFLICT").GetProperty("extensions").GetProperty("currentVersion").GetInt32());
        Assert.Equal(JsonValueKind.String, stale.Error("CONFLICT").GetProperty("extensions").GetProperty("currentVersionId").ValueKind);
        unknown.Error("NOT_FOUND");
        otherType.Error("NOT_FOUND");
    }

    [Fact]
    public async Task Should_name_the_invalid_fields_when_a_draft_is_refused()
    {
        var missing = await team.Editor.GraphQLAsync("mutation { createFaq(fields: { answer: \"No question.\" }) { id } }");
        var dangling = await team.Editor.GraphQLAsync("mutation { createFaq(fields: { question: \"Q?\", answer: \"A.\", article: \"no-such-article\" }) { id } }");
        var duplicate = await team.Editor.GraphQLAsync("mutation { createFaq(fields: { question: \"What is a safety plan?\", slug: \"what-is-a-safety-plan\", answer: \"A.\" }) { id } }");
        var reviewer = await team.Reviewer.GraphQLAsync("mutation { createFaq(fields: { question: \"Q?\", answer: \"A.\" }) { id } }");
        var anonymous = await team.Reader.GraphQLAsync("mutation { createFaq(fields: { question: \"Q?\", answer: \"A.\" }) { id } }");

        missing.Error("VALIDATION_FAILED", "question");
        dangling.Error("VALIDATION_FAILED", "article");
        duplicate.Error("CONFLICT", "slug");
        reviewer.Error("FORBIDDEN");
        anonymous.Error("UNAUTHENTICATED");
    }

    [Fact]
    public async Task Should_reach_readers_only_through_review_when_a_draft_walks_the_workflow()
    {
        var id = await CreateFaqAsync(team.Editor, "Is the helpline free to call?", "Yes.");

        var submitted = (await team.Editor.GraphQLAsync(Submit, new { id, v = 1 })).Ok().GetProperty("submitForReview");
        (await team.Editor.GraphQLAsync(Submit, new { id, v = 1 })).Error("CONFLICT");
        (await team.Reviewer.GraphQLAsync(RequestChanges, new { id, c = (string?)null })).Error("VALIDATION_FAILED");
        (await team.Editor.GraphQLAsync(RequestChanges, new { id, c = "Say it is confidential." })).Error("FORBIDDEN");
        var changes = (await team.Reviewer.GraphQLAsync(RequestChanges, new { id, c = "Say it is confidential." })).Ok().GetProperty("requestChanges");
        await EditAnswerAsync(team.Editor, id, "Yes, and it is confidential.");
        await MustAsync(team.Editor, Submit, new { id, v = 2 });
        (await team.Editor.GraphQLAsync(Approve, new { id, v = 2, p = "editor.maya" + PasswordSuffix })).Error("FORBIDDEN");
        (await team.Reviewer.GraphQLAsync(Approve, new { id, v = 2, p = "wrong password" })).Error("FORBIDDEN");
        (await team.Reviewer.GraphQLAsync(Approve, new { id, v = 1, p = "dr.okafor" + PasswordSuffix })).Error("CONFLICT");
        (await team.Editor.GraphQLAsync(Publish, new { id })).Error("CONFLICT");
        var approved = (await team.Reviewer.GraphQLAsync(Approve, new { id, v = 2, p = "dr.okafor" + PasswordSuffix })).Ok().GetProperty("approve");
        (await team.Reviewer.GraphQLAsync(Publish, new { id })).Error("FORBIDDEN");
        var published = (await team.Editor.GraphQLAsync(Publish, new { id, v = 2 })).Ok().GetProperty("publish");
        var read = (await team.Reader.GraphQLAsync("query($id: ID!) { faq(id: $id) { answer { markdown } review { reviewer credentials clinicallyReviewed reviewedUtc nextReviewDueUtc } } }", new { id })).Ok().GetProperty("faq");

        Assert.Equal(("submit", "DRAFT", "IN_REVIEW"), (submitted.GetProperty("transition").GetString(), submitted.GetProperty("from").GetString(), submitted.GetProperty("to").GetString()));
        Assert.Equal("CHANGES_REQUESTED", changes.GetProperty("to").GetString());
        Assert.Equal("APPROVED", approved.GetProperty("to").GetString());
        Assert.StartsWith("LCSW, licence LCS-40211", approved.GetProperty("approval").GetProperty("credentials").GetString(), StringComparison.Ordinal);
        Assert.Equal("PUBLISHED", published.GetProperty("workflowStatus").GetString());
        Assert.Equal("Yes, and it is confidential.", read.GetProperty("answer").GetProperty("markdown").GetString());
        var review = read.GetProperty("review");
        Assert.True(review.GetProperty("clinicallyReviewed").GetBoolean());
        Assert.StartsWith("LCSW", review.GetProperty("credentials").GetString(), StringComparison.Ordinal);
        Assert.Equal(review.GetProperty("reviewedUtc").GetDateTimeOffset().AddMonths(12), review.GetProperty("nextReviewDueUtc").GetDateTimeOffset());
    }

    [Fact]
    public async Task Should_take_an_item_offline_when_an_editor_unpublishes_it()
    {
        var id = await PublishedFaqAsync(team, "Can content be withdrawn?", "Yes.");
        const string unpublish = "mutation($id: ID!) { unpublish(id: $id, reason: \"outdated\") { id workflowStatus } }";

        var byReviewer = await team.Reviewer.GraphQLAsync(unpublish, new { id });
        var byEditor = await team.Editor.GraphQLAsync(unpublish, new { id });
        var read = await team.Reader.GraphQLAsync("query($id: ID!) { faq(id: $id) { id } }", new { id });

        byReviewer.Error("FORBIDDEN");
        Assert.Equal("UNPUBLISHED", byEditor.Ok().GetProperty("unpublish").GetProperty("workflowStatus").GetString());
        Assert.Equal(JsonValueKind.Null, read.Ok().GetProperty("faq").ValueKind);
    }

    [Fact]
    public async Task Should_schedule_a_publish_only_when_the_version_is_approved_and_the_time_is_ahead()
    {
        const string schedule = "mutation($id: ID!, $at: DateTime!) { schedule(id: $id, action: PUBLISH, at: $at) { id action state dueUtc } }";
        var id = await CreateFaqAsync(team.Editor, "Can publishing wait for a date?", "Yes.");
        var future = DateTimeOffset.UtcNow.AddDays(3).ToString("O");

        var unapproved = await team.Editor.GraphQLAsync(schedule, new { id, at = future });
        await SubmitAndApproveAsync(team.Editor, team.Reviewer, "dr.okafor", id);
        var past = await team.Editor.GraphQLAsync(schedule, new { id, at = DateTimeOffset.UtcNow.AddDays(-1).ToString("O") });
        var scheduled = await team.Editor.GraphQLAsync(schedule, new { id, at = future });

        unapproved.Error("CONFLICT");
        past.Error("VALIDATION_FAILED", "at");
        var result = scheduled.Ok().GetProperty("schedule");
        Assert.Equal(("PUBLISH", "PENDING"), (result.GetProperty("action").GetString(), result.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Should_anchor_a_comment_to_a_field_range_when_a_reviewer_comments()
    {
        var id = await CreateFaqAsync(team.Editor, "Where do comments go?", "On the exact words.");
        const string comment = "mutation($id: ID!, $b: String!, $s: Int, $e: Int) { addComment(id: $id, body: $b, field: \"answer\", rangeStart: $s, rangeEnd: $e) { id author field quotedText body } }";

        var added = await team.Reviewer.GraphQLAsync(comment, new { id, b = "Which words?", s = 7, e = 12 });
        var badRange = await team.Reviewer.GraphQLAsync(comment, new { id, b = "Out of range.", s = 3, e = 999 });
        var empty = await team.Reviewer.GraphQLAsync(comment, new { id, b = " ", s = (int?)null, e = (int?)null });
        var unknown = await team.Reviewer.GraphQLAsync(comment, new { id = "no-such-item", b = "Hello?", s = (int?)null, e = (int?)null });

        var result = added.Ok().GetProperty("addComment");
        Assert.Equal(("dr.okafor", "answer", "exact"), (result.GetProperty("author").GetString(), result.GetProperty("field").GetString(), result.GetProperty("quotedText").GetString()));
        badRange.Error("VALIDATION_FAILED", "rangeStart");
        empty.Error("VALIDATION_FAILED", "body");
        unknown.Error("NOT_FOUND");
    }

    [Fact]
    public async Task Should_make_any_transition_by_name_when_the_generic_mutation_is_used()
    {
        var id = await CreateFaqAsync(team.Editor, "Can an item be archived and reopened?", "Yes.");
        await MustAsync(team.Editor, Submit, new { id, v = 1 });
        await MustAsync(team.Reviewer, RequestChanges, new { id, c = "Not needed any more." });
        var generic = await team.Editor.GraphQLAsync("mutation($id: ID!) { transition(id: $id, name: \"archive\") { from to } }", new { id });
        var unknown = await team.Editor.GraphQLAsync("mutation($id: ID!) { transition(id: $id, name: \"teleport\") { to } }", new { id });

        Assert.Equal("ARCHIVED", generic.Ok().GetProperty("transition").GetProperty("to").GetString());
        unknown.Error("CONFLICT");
        var reopened = await MustAsync(team.Editor, "mutation($id: ID!) { transition(id: $id, name: \"reopen\") { to } }", new { id });
        Assert.Equal("DRAFT", reopened.GetProperty("transition").GetProperty("to").GetString());
        var version = await LatestVersionAsync(team.Editor, id);
        await MustAsync(team.Editor, Submit, new { id, v = version });
        (await team.SecondReviewer.GraphQLAsync(Approve, new { id, v = version, p = "dr.lindqvist" + PasswordSuffix })).Ok();
    }
}
