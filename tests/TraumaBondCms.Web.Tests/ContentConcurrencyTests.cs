using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests;

/// <summary>Optimistic concurrency with ETags: a stale or missing If-Match never overwrites a newer version.</summary>
public sealed class ContentConcurrencyTests : IClassFixture<SharedCmsHost>
{
    private readonly CmsTestHost _host;

    public ContentConcurrencyTests(SharedCmsHost shared) => _host = shared.Host;

    [Fact]
    public async Task Should_refuse_with_412_and_change_nothing_when_if_match_is_stale()
    {
        using var editor = await _host.AdminAsync();
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync("/api/content", ContentVersioningTests.Faq("Who saves last?", "First text.")));
        var id = created.GetProperty("contentItemId").GetString()!;
        var staleTag = created.GetProperty("eTag").GetString()!;
        var current = await ContentVersioningTests.Put(editor, id, staleTag, ContentVersioningTests.Faq("Who saves last?", "Second text."));
        var before = DatabaseSnapshot.Take(_host.DataPath);

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/content/{id}") { Content = JsonContent.Create(new { fields = new { question = "Who saves last?", answer = "Overwrite attempt." } }) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(staleTag));
        using var response = await editor.SendAsync(request);

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.PreconditionFailed, response);
        Assert.Equal(current.GetProperty("eTag").GetString(), problem.GetProperty("currentETag").GetString());
        Assert.Contains("changed", problem.GetProperty("detail").GetString());
        DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before);
    }

    [Fact]
    public async Task Should_refuse_with_428_when_an_update_has_no_if_match()
    {
        using var editor = await _host.AdminAsync();
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync("/api/content", ContentVersioningTests.Faq("Must I say which version?", "Yes.")));
        var before = DatabaseSnapshot.Take(_host.DataPath);

        using var response = await editor.PutAsJsonAsync($"/api/content/{created.GetProperty("contentItemId").GetString()}", new { fields = new { question = "Must I say which version?", answer = "No?" } });

        await HttpAssert.ProblemAsync((HttpStatusCode)428, response, "If-Match");
        DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before);
    }

    [Fact]
    public async Task Should_let_exactly_one_of_two_concurrent_saves_win_when_both_send_the_same_etag()
    {
        using var first = await _host.AdminAsync();
        using var second = await _host.AdminAsync();
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await first.PostAsJsonAsync("/api/content", ContentVersioningTests.Faq("Two tabs open?", "Original.")));
        var id = created.GetProperty("contentItemId").GetString()!;
        var tag = EntityTagHeaderValue.Parse(created.GetProperty("eTag").GetString()!);

        var responses = await Task.WhenAll(
            Save(first, id, tag, "From tab one."),
            Save(second, id, tag, "From tab two."));

        Assert.Single(responses, r => r == HttpStatusCode.OK);
        Assert.Single(responses, r => r == HttpStatusCode.PreconditionFailed);
        var versions = await HttpAssert.JsonAsync(await first.GetAsync($"/api/content/{id}/versions"));
        Assert.Equal(2, versions.GetArrayLength());
    }

    [Fact]
    public async Task Should_merge_fields_when_patching()
    {
        using var editor = await _host.AdminAsync();
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync("/api/content", new NewContent("Faq", new { question = "Patch me?", answer = "Before.", position = 3 })));
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/content/{created.GetProperty("contentItemId").GetString()}")
        {
            Content = JsonContent.Create(new { fields = new { answer = "After.", position = (int?)null } }),
        };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(created.GetProperty("eTag").GetString()!));

        var patched = await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.SendAsync(request));

        var fields = patched.GetProperty("fields");
        Assert.Equal("Patch me?", fields.GetProperty("question").GetString());
        Assert.Equal("After.", fields.GetProperty("answer").GetString());
        Assert.False(fields.TryGetProperty("position", out _));
    }

    private static async Task<HttpStatusCode> Save(HttpClient client, string id, EntityTagHeaderValue tag, string answer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/content/{id}") { Content = JsonContent.Create(new { fields = new { question = "Two tabs open?", answer } }) };
        request.Headers.IfMatch.Add(tag);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
