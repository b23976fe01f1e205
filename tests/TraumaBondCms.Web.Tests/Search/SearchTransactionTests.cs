using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Search.SearchApi;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary>
/// The index changes in the content transaction: whatever a request did is what the next request's search sees, over
/// HTTP, through the real clinical workflow (draft, review, approval signed with a password, publish).
/// </summary>
public sealed class SearchTransactionTests(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    [Fact]
    public async Task Should_find_an_item_in_the_next_request_when_it_is_published()
    {
        using var reader = team.Host.Anonymous();
        var (id, _) = await DraftFaqAsync(team.Editor, "What is kintsugi journaling?", "Writing about how you mended, not only what broke.");
        Assert.Empty(Matches(await SearchAsync(reader, "kintsugi")));
        await MustAsync(team.Editor, id, "submit");
        await ApproveAsync(team.Reviewer, "dr.okafor", id);

        await MustAsync(team.Editor, id, "publish");

        Assert.Equal([id], Matches(await SearchAsync(reader, "kintsugi")));
    }

    [Fact]
    public async Task Should_not_find_an_item_in_the_next_request_when_it_is_unpublished()
    {
        using var reader = team.Host.Anonymous();
        var id = await PublishedFaqAsync("What is a window of tolerance?", "The range of arousal in which you can think clearly.");
        Assert.Equal([id], Matches(await SearchAsync(reader, "tolerance")));

        await MustAsync(team.Editor, id, "unpublish");

        Assert.Empty(Matches(await SearchAsync(reader, "tolerance")));
        Assert.Equal([id], Matches(await SearchAsync(team.Editor, "tolerance", "&scope=editorial")));
    }

    [Fact]
    public async Task Should_find_drafts_only_in_the_editorial_index()
    {
        using var reader = team.Host.Anonymous();
        var (id, _) = await DraftFaqAsync(team.Editor, "Draft about grounding with ice water", "Hold ice to come back to the present.");

        var publicResult = await SearchAsync(reader, "ice water");
        var editorial = await SearchAsync(team.Editor, "ice water", "&scope=editorial");
        var asReviewer = await SearchAsync(team.Reviewer, "ice water", "&scope=editorial");

        Assert.Empty(Matches(publicResult));
        Assert.Equal([id], Matches(editorial));
        Assert.Equal("Draft", editorial.GetProperty("hits")[0].GetProperty("status").GetString());
        Assert.False(editorial.GetProperty("hits")[0].GetProperty("published").GetBoolean());
        Assert.Equal([id], Matches(asReviewer));
    }

    [Fact]
    public async Task Should_refuse_the_editorial_index_when_the_caller_cannot_view_drafts()
    {
        using var reader = team.Host.Anonymous();

        await HttpAssert.ProblemAsync(HttpStatusCode.Unauthorized, await reader.GetAsync("/api/search?q=draft&scope=editorial"));
    }

    [Fact]
    public async Task Should_serve_the_published_text_until_an_edit_is_published()
    {
        using var reader = team.Host.Anonymous();
        var id = await PublishedFaqAsync("What is a grounding object?", "A small stone you carry and touch when anxious.");

        await EditAsync(team.Editor, id, new { question = "What is a grounding object?", answer = "A smooth pebble you carry and touch when anxious." });

        Assert.Equal([id], Matches(await SearchAsync(reader, "stone")));
        Assert.Empty(Matches(await SearchAsync(reader, "pebble")));
        Assert.Equal([id], Matches(await SearchAsync(team.Editor, "pebble", "&scope=editorial")));
        Assert.Empty(Matches(await SearchAsync(team.Editor, "stone", "&scope=editorial")));
        await MustAsync(team.Editor, id, "submit");
        await ApproveAsync(team.SecondReviewer, "dr.lindqvist", id);
        await MustAsync(team.Editor, id, "publish");
        Assert.Equal([id], Matches(await SearchAsync(reader, "pebble")));
        Assert.Empty(Matches(await SearchAsync(reader, "stone")));
    }

    [Fact]
    public async Task Should_find_nothing_of_an_item_when_it_is_deleted()
    {
        using var reader = team.Host.Anonymous();
        var id = await PublishedFaqAsync("What is box breathing?", "Breathe in, hold, out, hold, four counts each.");
        await EditAsync(team.Editor, id, new { question = "What is box breathing?", answer = "Breathe in, hold, out, hold: four counts each, repeated." });

        await HttpAssert.StatusAsync(HttpStatusCode.NoContent, await team.Editor.DeleteAsync($"/api/content/{id}"));

        Assert.DoesNotContain(id, Matches(await SearchAsync(reader, "box breathing")));
        Assert.DoesNotContain(id, Matches(await SearchAsync(team.Editor, "box breathing", "&scope=editorial")));
    }

    [Fact]
    public async Task Should_find_a_topic_at_once_when_it_is_published_after_its_review()
    {
        using var reader = team.Host.Anonymous();

        var id = await PublishedTopicAsync(new { title = "Financial abuse", description = "Controlling money to control a person." });

        Assert.Contains(id, Matches(await SearchAsync(reader, "financial abuse")));
    }

    [Fact]
    public async Task Should_find_tagged_items_by_the_new_topic_title_when_a_topic_is_renamed()
    {
        using var reader = team.Host.Anonymous();
        var topic = await PublishedTopicAsync(new { title = "Reproductive coercion", slug = "reproductive-coercion" });
        var (faq, _) = await DraftFaqAsync(team.Editor, "Can a partner control whether I get pregnant?", "Sabotaging contraception is a form of control.");
        await EditAsync(team.Editor, faq, new { question = "Can a partner control whether I get pregnant?", answer = "Sabotaging contraception is a form of control.", topics = new[] { "reproductive-coercion" } });
        await MustAsync(team.Editor, faq, "submit");
        await ApproveAsync(team.Reviewer, "dr.okafor", faq);
        await MustAsync(team.Editor, faq, "publish");
        Assert.Contains(faq, Matches(await SearchAsync(reader, "reproductive coercion")));

        await EditAsync(team.Editor, topic, new { title = "Fertility interference", slug = "reproductive-coercion" });
        await PublishTopicAsync(topic);

        // No rebuild: the rename rewrote the tagged FAQ's search documents (published and latest) in its own transaction.
        var hits = await SearchAsync(reader, "fertility interference");
        Assert.Contains(faq, Matches(hits));
        var faqHit = hits.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("contentItemId").GetString() == faq);
        Assert.Contains(faqHit.GetProperty("snippets").EnumerateArray(), s => s.GetProperty("field").GetString() == "tags" && s.GetProperty("html").GetString()!.Contains("<mark>Fertility</mark>"));
        Assert.DoesNotContain(faq, Matches(await SearchAsync(reader, "reproductive coercion")));
        Assert.Contains(faq, Matches(await SearchAsync(team.Editor, "fertility interference", "&scope=editorial")));
    }

    // Topics follow the light topic-review workflow: a reviewer signs each version before the editor publishes it.
    private async Task<string> PublishedTopicAsync(object fields)
    {
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await team.Editor.PostAsJsonAsync("/api/content", new NewContent("Topic", fields)));
        var id = created.GetProperty("contentItemId").GetString()!;
        await PublishTopicAsync(id);
        return id;
    }

    private async Task PublishTopicAsync(string id)
    {
        await MustAsync(team.Editor, id, "submit");
        await ApproveAsync(team.Reviewer, "dr.okafor", id);
        await MustAsync(team.Editor, id, "publish");
    }

    private async Task<string> PublishedFaqAsync(string question, string answer)
    {
        var (id, _) = await DraftFaqAsync(team.Editor, question, answer);
        await MustAsync(team.Editor, id, "submit");
        await ApproveAsync(team.Reviewer, "dr.okafor", id);
        await MustAsync(team.Editor, id, "publish");
        return id;
    }
}
