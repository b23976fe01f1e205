using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests;

/// <summary>Draft and published versions over real HTTP: what anonymous readers and editors each see.</summary>
public sealed class ContentVersioningTests : IClassFixture<SharedCmsHost>
{
    private readonly CmsTestHost _host;

    public ContentVersioningTests(SharedCmsHost shared) => _host = shared.Host;

    // Topics follow the light topic-review workflow; the harness signs each publish, so these tests show versioning alone.
    [Fact]
    public async Task Should_keep_serving_the_published_version_when_it_is_edited()
    {
        using var editor = await _host.AdminAsync();
        using var reader = _host.Anonymous();
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync("/api/content", Topic("Grief after leaving", "Missing someone who hurt you.")));
        var id = created.GetProperty("contentItemId").GetString()!;
        await _host.PublishThroughReviewAsync(editor, id);

        var edited = await Put(editor, id, created.GetProperty("eTag").GetString()!, Topic("Grief after leaving", "Grieving a relationship that hurt you."));
        var anonymousView = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{id}"));
        var editorView = await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.GetAsync($"/api/content/{id}"));

        Assert.Equal(2, edited.GetProperty("version").GetInt32());
        Assert.Equal("Missing someone who hurt you.", anonymousView.GetProperty("fields").GetProperty("description").GetString());
        Assert.Equal(1, anonymousView.GetProperty("version").GetInt32());
        Assert.Equal("Grieving a relationship that hurt you.", editorView.GetProperty("fields").GetProperty("description").GetString());
        Assert.False(editorView.GetProperty("published").GetBoolean());
    }

    [Fact]
    public async Task Should_serve_the_new_version_when_the_draft_is_published()
    {
        using var editor = await _host.AdminAsync();
        using var reader = _host.Anonymous();
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync("/api/content", Topic("Self-blame", "It is not your fault.")));
        var id = created.GetProperty("contentItemId").GetString()!;
        await _host.PublishThroughReviewAsync(editor, id);
        await Put(editor, id, created.GetProperty("eTag").GetString()!, Topic("Self-blame", "It is not your fault, whatever you were told."));

        await _host.PublishThroughReviewAsync(editor, id);
        var anonymousView = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{id}"));
        var versions = await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.GetAsync($"/api/content/{id}/versions"));

        Assert.Equal("It is not your fault, whatever you were told.", anonymousView.GetProperty("fields").GetProperty("description").GetString());
        Assert.Equal([false, true], versions.EnumerateArray().Select(v => v.GetProperty("published").GetBoolean()));
        Assert.Equal([false, true], versions.EnumerateArray().Select(v => v.GetProperty("latest").GetBoolean()));
    }

    [Fact]
    public async Task Should_hide_drafts_from_anonymous_readers_when_nothing_is_published()
    {
        using var editor = await _host.AdminAsync();
        using var reader = _host.Anonymous();
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync("/api/content", Faq("A private draft?", "Not yet public.")));
        var id = created.GetProperty("contentItemId").GetString()!;

        var single = await reader.GetAsync($"/api/content/{id}");
        var latest = await reader.GetAsync($"/api/content/{id}?version=latest");
        var drafts = await reader.GetAsync("/api/content?status=draft");
        var list = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content?type=Faq&first=500"));

        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, single);
        await HttpAssert.ProblemAsync(HttpStatusCode.Unauthorized, latest);
        await HttpAssert.ProblemAsync(HttpStatusCode.Unauthorized, drafts);
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("contentItemId").GetString() == id);
    }

    [Fact]
    public async Task Should_read_an_old_version_by_number_when_asked()
    {
        using var editor = await _host.AdminAsync();
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync("/api/content", Faq("Old or new?", "Old answer.")));
        var id = created.GetProperty("contentItemId").GetString()!;
        await Put(editor, id, created.GetProperty("eTag").GetString()!, Faq("Old or new?", "New answer."));

        var first = await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.GetAsync($"/api/content/{id}?version=1"));
        var byId = await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.GetAsync($"/api/content/{id}?version={created.GetProperty("contentItemVersionId").GetString()}"));

        Assert.Equal("Old answer.", first.GetProperty("fields").GetProperty("answer").GetString());
        Assert.Equal(first.GetProperty("contentHash").GetString(), byId.GetProperty("contentHash").GetString());
        Assert.NotEqual(created.GetProperty("contentHash").GetString(), (await HttpAssert.JsonAsync(await editor.GetAsync($"/api/content/{id}"))).GetProperty("contentHash").GetString());
    }

    [Fact]
    public async Task Should_not_create_a_version_when_the_content_is_unchanged()
    {
        using var editor = await _host.AdminAsync();
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync("/api/content", Faq("Same again?", "Same.")));
        var id = created.GetProperty("contentItemId").GetString()!;

        var saved = await Put(editor, id, created.GetProperty("eTag").GetString()!, Faq("Same again?", "Same."));

        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        Assert.Equal(created.GetProperty("eTag").GetString(), saved.GetProperty("eTag").GetString());
    }

    [Fact]
    public async Task Should_hide_an_item_and_release_its_slug_when_it_is_deleted()
    {
        using var editor = await _host.AdminAsync();
        using var reader = _host.Anonymous();
        var body = Topic("Reusable slug", "Once deleted.");
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync("/api/content", body));
        var id = created.GetProperty("contentItemId").GetString()!;
        await _host.PublishThroughReviewAsync(editor, id);

        await HttpAssert.StatusAsync(HttpStatusCode.NoContent, await editor.DeleteAsync($"/api/content/{id}?reason=duplicate"));
        var reused = await editor.PostAsJsonAsync("/api/content", body);
        using var audit = await editor.GetAsync($"/api/audit?item={id}&action=content.deleted");

        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, await reader.GetAsync($"/api/content/{id}"));
        await HttpAssert.StatusAsync(HttpStatusCode.Created, reused);
        Assert.Equal("duplicate", (await HttpAssert.JsonAsync(audit))[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Should_answer_not_modified_when_the_etag_matches()
    {
        using var reader = _host.Anonymous();
        var article = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content/article-why-leaving-is-hard"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/content/article-why-leaving-is-hard");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(article.GetProperty("eTag").GetString()!));

        using var response = await reader.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    internal static NewContent Faq(string question, string answer) => new("Faq", new { question, answer });

    internal static NewContent Topic(string title, string description) => new("Topic", new { title, description });

    internal static async Task<JsonElement> Put(HttpClient client, string id, string etag, NewContent body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/content/{id}") { Content = JsonContent.Create(new { fields = body.Fields }) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.SendAsync(request));
    }
}
