using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Tests.GraphQL;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Search.SearchApi;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// Break 1 of issue 13: an editor alone edited the <c>abuse</c> topic's description to a transposed hotline number and
/// published it at once. Topics now follow the lighter <c>topic-review</c> workflow: the change is checked and waits for a
/// clinician's signature while readers keep the reviewed text; a type can skip review only when its definition says so
/// and it holds no free text or images.
/// </summary>
public sealed class TopicReviewTests(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    private const string Transposed = "Call 1-800-799-7223 if you need help.";

    [Fact]
    public async Task Should_keep_the_reviewed_description_live_when_an_editor_alone_changes_a_topic_and_publishes()
    {
        using var reader = team.Host.Anonymous();
        var before = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content/topic-abuse"));
        await EditAsync(team.Editor, "topic-abuse", new { title = "Abuse and domestic violence", slug = "abuse", description = Transposed });

        var restPublish = await team.Editor.PostAsync("/api/content/topic-abuse/publish", null);
        var workflowPublish = await TransitionAsync(team.Editor, "topic-abuse", "publish");
        var graphQLPublish = await team.Editor.GraphQLAsync("mutation { publish(id: \"topic-abuse\") { id } }");
        var submit = await TransitionAsync(team.Editor, "topic-abuse", "submit");
        var rest = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content/topic-abuse"));
        var graphQL = (await reader.GraphQLAsync("{ topic(slug: \"abuse\") { description } }")).Ok();

        Assert.Equal("ApprovedHash", (await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, restPublish)).GetProperty("refusals").EnumerateArray().Last().GetProperty("rule").GetString());
        await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, workflowPublish);
        Assert.Equal("CONFLICT", graphQLPublish.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
        var checks = await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, submit);
        Assert.Contains("1-800-799-7223", checks.GetProperty("detail").GetString());
        Assert.Contains("use 1-800-799-7233 (the text has 1-800-799-7223)", checks.GetProperty("detail").GetString());
        var reviewed = before.GetProperty("fields").GetProperty("description").GetString();
        Assert.Equal(reviewed, rest.GetProperty("fields").GetProperty("description").GetString());
        Assert.Equal(reviewed, graphQL.GetProperty("topic").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Should_publish_a_topic_change_only_after_a_clinical_reviewer_signs_it()
    {
        using var reader = team.Host.Anonymous();
        const string description = "Emotional, financial and digital abuse. Call the National Domestic Violence Hotline on 1-800-799-7233.";
        await EditAsync(team.Editor, "topic-trauma-bonding", new { title = "Trauma bonding", slug = "trauma-bonding", description });

        await MustAsync(team.Editor, "topic-trauma-bonding", "submit");
        var refused = await TransitionAsync(team.Editor, "topic-trauma-bonding", "publish");
        var approval = await ApproveAsync(team.Reviewer, "dr.okafor", "topic-trauma-bonding");
        await MustAsync(team.Editor, "topic-trauma-bonding", "publish");
        var live = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content/topic-trauma-bonding"));

        await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, refused);
        Assert.False(string.IsNullOrEmpty(approval.GetProperty("approval").GetProperty("signature").GetString()));
        Assert.Equal(description, live.GetProperty("fields").GetProperty("description").GetString());
        var review = live.GetProperty("review");
        Assert.Equal((true, false, "dr.okafor"), (review.GetProperty("clinicallyReviewed").GetBoolean(), review.GetProperty("sample").GetBoolean(), review.GetProperty("reviewer").GetString()));
    }

    [Fact]
    public async Task Should_keep_an_unsigned_topic_title_out_of_public_search_and_its_tagged_items_until_a_reviewer_signs_it()
    {
        // Search documents of tagged items carry their topics' titles (a tags snippet shows them to readers).
        using var reader = team.Host.Anonymous();
        var topic = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content/topic-codependency"));
        await EditAsync(team.Editor, "topic-codependency", new { title = "Codependency quillwort", slug = "codependency", description = topic.GetProperty("fields").GetProperty("description").GetString() });

        var unsigned = await SearchAsync(reader, "quillwort");
        var editorial = await SearchAsync(team.Editor, "quillwort", "&scope=editorial");
        await MustAsync(team.Editor, "topic-codependency", "submit");
        await ApproveAsync(team.Reviewer, "dr.okafor", "topic-codependency");
        await MustAsync(team.Editor, "topic-codependency", "publish");
        var signed = await SearchAsync(reader, "quillwort");

        Assert.Empty(Ids(unsigned));
        Assert.DoesNotContain("quillwort", unsigned.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("topic-codependency", Ids(editorial));
        Assert.Contains("topic-codependency", Ids(signed));
        Assert.Contains("faq-trauma-bonding-vs-codependency", Ids(signed));
    }

    [Fact]
    public async Task Should_tell_the_operator_why_when_a_recipe_defines_a_type_readers_see_without_review()
    {
        var runner = team.Host.Services.GetRequiredService<RecipeRunner>();
        var unreviewed = RecipeDocument.Parse("""
            { "name": "glossary", "steps": [ { "name": "ContentDefinition", "contentTypes": [ {
                "name": "GlossaryTerm", "displayTextField": "term",
                "fields": [ { "name": "term", "kind": "Text", "required": true }, { "name": "definition", "kind": "Markdown" } ] } ] } ] }
            """, "glossary");
        var exemptWithText = RecipeDocument.Parse("""
            { "name": "glossary", "steps": [ { "name": "ContentDefinition", "contentTypes": [ {
                "name": "GlossaryTerm", "displayTextField": "term", "publishWithoutReview": true,
                "fields": [ { "name": "term", "kind": "Text", "required": true } ] } ] } ] }
            """, "glossary");
        var exemptWithoutText = RecipeDocument.Parse("""
            { "name": "reading-lists", "steps": [ { "name": "ContentDefinition", "contentTypes": [ {
                "name": "ReadingList", "displayTextField": "slug", "slugField": "slug", "publishWithoutReview": true,
                "fields": [ { "name": "slug", "kind": "Slug", "required": true }, { "name": "articles", "kind": "ContentPicker", "allowedTypes": [ "Article" ], "multiple": true } ] } ] } ] }
            """, "reading-lists");

        var noWorkflow = await Assert.ThrowsAsync<RecipeException>(() => runner.RunAsync(unreviewed, CmsActor.Operator("tester")));
        var freeText = await Assert.ThrowsAsync<RecipeException>(() => runner.RunAsync(exemptWithText, CmsActor.Operator("tester")));
        await runner.RunAsync(exemptWithoutText, CmsActor.Operator("tester"));
        var list = await HttpAssert.StatusAsync(HttpStatusCode.Created, await team.Editor.PostAsJsonAsync("/api/content", new NewContent("ReadingList", new { slug = "first-steps", articles = new[] { "article-the-abuse-cycle" } })));
        var published = await team.Editor.PostAsync($"/api/content/{list.GetProperty("contentItemId").GetString()}/publish", null);

        Assert.Contains("'GlossaryTerm' names no workflow", noWorkflow.Message);
        Assert.Contains("without clinical review", noWorkflow.Message);
        Assert.Contains("readers see the free text of 'term'", freeText.Message);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }
}
