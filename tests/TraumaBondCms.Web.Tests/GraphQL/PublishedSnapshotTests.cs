using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Recipes;
using static TraumaBondCms.Web.Tests.GraphQL.ContentTeamActions;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// The published snapshot: anonymous reads are served from memory, yet a reader never gets stale content once a publish
/// (or any other change readers can see) has returned; persisted-query GETs carry ETags and revalidate with 304.
/// </summary>
[Collection(ContentTeamCollection.Name)]
public sealed class PublishedSnapshotTests(ContentTeam team)
{
    private const string Read = "query($id: ID!) { faq(id: $id) { answer { markdown } version } }";

    [Fact]
    public async Task Should_serve_the_published_version_until_the_edit_is_published_and_then_the_new_one_at_once()
    {
        var id = await PublishedFaqAsync(team, "How quickly do corrections reach readers?", "First answer.");
        await AnswerAsync(id);
        var cached = await team.Reader.GraphQLAsync(Read, new { id });

        await EditAnswerAsync(team.Editor, id, "Corrected answer.");
        var afterEdit = await AnswerAsync(id);
        await SubmitAndApproveAsync(team.Editor, team.Reviewer, "dr.okafor", id);
        var afterApproval = await AnswerAsync(id);
        var afterApprovalAgain = await team.Reader.GraphQLAsync(Read, new { id });
        await PublishAsync(team.Editor, id);
        var afterPublish = await AnswerAsync(id);

        Assert.Equal(0, cached.SqlCommands);
        Assert.Equal("First answer.", cached.Ok().GetProperty("faq").GetProperty("answer").GetProperty("markdown").GetString());
        Assert.Equal("First answer.", afterEdit);
        Assert.Equal("First answer.", afterApproval);
        Assert.Equal(0, afterApprovalAgain.SqlCommands);
        Assert.Equal("Corrected answer.", afterPublish);
    }

    [Fact]
    public async Task Should_answer_304_until_the_content_changes_when_a_persisted_query_is_revalidated()
    {
        var id = await PublishedFaqAsync(team, "Do front ends revalidate?", "With ETags.");
        var query = "{ faq(id: \"" + id + "\") { answer { markdown } } }";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(query)));
        var extensions = JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } });
        var url = "/api/graphql?extensions=" + Uri.EscapeDataString(extensions);
        var notYet = await GraphQLClient.SendAsync(team.Reader, new HttpRequestMessage(HttpMethod.Get, url));
        await team.Reader.PostAsync("/api/graphql", JsonContent(JsonSerializer.Serialize(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } })));

        var first = await GraphQLClient.SendAsync(team.Reader, new HttpRequestMessage(HttpMethod.Get, url));
        var etag = first.Http.Headers.ETag!;
        var unchanged = await team.Reader.SendAsync(Conditional(url, etag));
        await EditAnswerAsync(team.Editor, id, "With ETags, and 304s.");
        await SubmitAndApproveAsync(team.Editor, team.Reviewer, "dr.okafor", id);
        await PublishAsync(team.Editor, id);
        var changed = await team.Reader.SendAsync(Conditional(url, etag));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", notYet.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("With ETags.", first.Ok().GetProperty("faq").GetProperty("answer").GetProperty("markdown").GetString());
        Assert.True(first.Http.Headers.CacheControl!.Public);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(etag, unchanged.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("and 304s", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_changes_at_once_when_a_recipe_changes_published_content()
    {
        await AnswerAsync("faq-what-is-a-safety-plan");
        var recipe = JsonSerializer.Serialize(new
        {
            name = "safety-plan-update",
            steps = new object[]
            {
                new
                {
                    // Sample content (served unreviewed outside Production only, as in the test hosts): a recipe cannot publish anything else without a signature.
                    name = "Content",
                    sample = true,
                    items = new[] { new { contentItemId = "faq-what-is-a-safety-plan", contentType = "Faq", published = true, fields = new { question = "Is it safe to leave, and what is a safety plan?", slug = "what-is-a-safety-plan", answer = "Updated by a recipe.", article = new[] { "article-why-leaving-is-hard" } } } },
                },
            },
        });

        await team.Host.Services.GetRequiredService<RecipeRunner>().RunAsync(RecipeDocument.Parse(recipe, "safety-plan-update"), CmsActor.System);

        Assert.Equal("Updated by a recipe.", await AnswerAsync("faq-what-is-a-safety-plan"));
    }

    [Fact]
    public async Task Should_keep_signed_in_responses_private_when_they_read_published_content()
    {
        var editor = await team.Editor.GraphQLAsync("{ faqs(first: 1) { nodes { id } } }");
        var reader = await GraphQLClient.SendAsync(team.Reader, new HttpRequestMessage(HttpMethod.Get, "/api/graphql?query=" + Uri.EscapeDataString("{ faqs(first: 1) { nodes { id } } }")));

        Assert.Equal("no-store", editor.Http.Headers.CacheControl?.ToString());
        Assert.Null(editor.Http.Headers.ETag);
        Assert.True(reader.Http.Headers.CacheControl!.Public);
        Assert.NotNull(reader.Http.Headers.ETag);
    }

    private async Task<string?> AnswerAsync(string id)
    {
        var faq = (await team.Reader.GraphQLAsync(Read, new { id })).Ok().GetProperty("faq");
        return faq.ValueKind == JsonValueKind.Null ? null : faq.GetProperty("answer").GetProperty("markdown").GetString();
    }

    private static HttpRequestMessage Conditional(string url, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return request;
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
