using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using TraumaBondCms.Data;
using TraumaBondCms.Web.GraphQL.Preview;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.GraphQL.ContentTeamActions;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>Drafts over GraphQL: visible to users who may preview and to holders of a valid preview token, to no one else.</summary>
[Collection(ContentTeamCollection.Name)]
public sealed class PreviewAccessTests(ContentTeam team)
{
    private const string ReadLatest = "query($id: ID!) { faq(id: $id, status: LATEST) { id question answer { html } workflowStatus } }";

    [Fact]
    public async Task Should_show_a_draft_only_to_users_who_may_preview_it()
    {
        var id = await CreateFaqAsync(team.Editor, "Is a draft private?", "Yes. <script>alert(1)</script> [see](javascript:alert(1))");

        var published = await team.Reader.GraphQLAsync("query($id: ID!) { faq(id: $id) { id } }", new { id });
        var anonymous = await team.Reader.GraphQLAsync(ReadLatest, new { id });
        var editor = await team.Editor.GraphQLAsync(ReadLatest, new { id });
        var reviewerDrafts = await team.Reviewer.GraphQLAsync("{ faqs(status: DRAFT, first: 100) { nodes { id } } }");

        Assert.Equal(JsonValueKind.Null, published.Ok().GetProperty("faq").ValueKind);
        anonymous.Error("UNAUTHENTICATED");
        var draft = editor.Ok().GetProperty("faq");
        Assert.Equal("DRAFT", draft.GetProperty("workflowStatus").GetString());
        Assert.DoesNotContain("<script", draft.GetProperty("answer").GetProperty("html").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", draft.GetProperty("answer").GetProperty("html").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(id, reviewerDrafts.Ok().GetProperty("faqs").GetProperty("nodes").Strings("id"));
        Assert.Equal("no-store", editor.Http.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Should_preview_every_draft_when_the_reader_sends_an_all_drafts_token()
    {
        var id = await CreateFaqAsync(team.Editor, "Can a reviewer see this without an account?", "Yes, with a preview token.");
        var token = await CreateTokenAsync(new { label = "front-end preview" });

        var one = await team.Reader.GraphQLAsync(ReadLatest, new { id }, GraphQLClient.Preview(token));
        var list = await team.Reader.GraphQLAsync("{ faqs(status: DRAFT, first: 100) { nodes { id } } }", null, GraphQLClient.Preview(token));

        Assert.Equal("Can a reviewer see this without an account?", one.Ok().GetProperty("faq").GetProperty("question").GetString());
        Assert.Contains(id, list.Ok().GetProperty("faqs").GetProperty("nodes").Strings("id"));
        Assert.Equal("no-store", one.Http.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Should_preview_only_its_item_when_the_token_is_for_one_item()
    {
        var covered = await CreateFaqAsync(team.Editor, "Which item does this token show?", "This one.");
        var other = await CreateFaqAsync(team.Editor, "And this one?", "Not with that token.");
        var token = await CreateTokenAsync(new { contentItemId = covered });

        var own = await team.Reader.GraphQLAsync(ReadLatest, new { id = covered }, GraphQLClient.Preview(token));
        var foreign = await team.Reader.GraphQLAsync(ReadLatest, new { id = other }, GraphQLClient.Preview(token));
        var list = await team.Reader.GraphQLAsync("{ faqs(status: LATEST) { nodes { id } } }", null, GraphQLClient.Preview(token));

        Assert.Equal(covered, own.Ok().GetProperty("faq").GetProperty("id").GetString());
        foreign.Error("FORBIDDEN");
        list.Error("FORBIDDEN");
    }

    [Fact]
    public async Task Should_refuse_a_token_when_it_has_expired()
    {
        var id = await CreateFaqAsync(team.Editor, "Does a preview token expire?", "Yes.");
        var secret = PreviewTokenService.Prefix + "expired-" + Guid.NewGuid().ToString("N");
        await using (var session = await team.Host.Store.BeginWriteAsync())
        {
            await session.PreviewTokens.AddAsync(new PreviewToken
            {
                TokenId = "expired-" + Guid.NewGuid().ToString("N")[..12],
                TokenHash = PreviewTokenService.Hash(secret),
                CreatedBy = "editor.maya",
                CreatedUtc = DateTimeOffset.UtcNow.AddDays(-2),
                ExpiresUtc = DateTimeOffset.UtcNow.AddMinutes(-1),
            });
            await session.CommitAsync();
        }

        var response = await team.Reader.GraphQLAsync(ReadLatest, new { id }, GraphQLClient.Preview(secret));

        Assert.Contains("expired", response.Error("UNAUTHENTICATED").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_token_when_it_was_revoked()
    {
        var id = await CreateFaqAsync(team.Editor, "Can a token be withdrawn?", "Yes, at once.");
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await team.Editor.PostAsJsonAsync("/api/preview-tokens", new { contentItemId = id, expiresInHours = 2 }));
        var token = created.GetProperty("token").GetString()!;
        var before = await team.Reader.GraphQLAsync(ReadLatest, new { id }, GraphQLClient.Preview(token));

        var revoke = await team.Editor.DeleteAsync($"/api/preview-tokens/{created.GetProperty("tokenId").GetString()}");

        var after = await team.Reader.GraphQLAsync(ReadLatest, new { id }, GraphQLClient.Preview(token));
        var active = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync("/api/preview-tokens"));
        var all = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync("/api/preview-tokens?all=true"));
        before.Ok();
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Contains("revoked", after.Error("UNAUTHENTICATED").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(created.GetProperty("tokenId").GetString(), active.Strings("tokenId"));
        var listed = all.EnumerateArray().Single(t => t.GetProperty("tokenId").GetString() == created.GetProperty("tokenId").GetString());
        Assert.False(listed.GetProperty("active").GetBoolean());
        Assert.Equal("editor.maya", listed.GetProperty("revokedBy").GetString());
        Assert.False(listed.TryGetProperty("token", out _), "A listed token must not carry its secret.");
    }

    [Fact]
    public async Task Should_store_only_a_hash_when_a_token_is_created()
    {
        var token = await CreateTokenAsync(new { label = "hash check" });

        var stored = new List<string>();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(team.Host.DataPath, "cms.db")};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM preview_tokens";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                stored.AddRange(Enumerable.Range(0, reader.FieldCount).Where(i => !reader.IsDBNull(i)).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!));
            }
        }

        Assert.StartsWith(PreviewTokenService.Prefix, token, StringComparison.Ordinal);
        Assert.DoesNotContain(stored, value => value.Contains(token[PreviewTokenService.Prefix.Length..], StringComparison.Ordinal));
        Assert.Contains(PreviewTokenService.Hash(token), stored);
    }

    [Fact]
    public async Task Should_refuse_token_management_when_the_caller_is_not_an_editor()
    {
        var reviewer = await team.Reviewer.PostAsJsonAsync("/api/preview-tokens", new { label = "nope" });
        var anonymous = await team.Reader.PostAsJsonAsync("/api/preview-tokens", new { label = "nope" });
        var invalid = await team.Reader.GraphQLAsync("{ faqs(status: DRAFT) { nodes { id } } }", null, GraphQLClient.Preview(PreviewTokenService.Prefix + "made-up"));

        Assert.Equal(HttpStatusCode.Forbidden, reviewer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("not valid", invalid.Error("UNAUTHENTICATED").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<string> CreateTokenAsync(object body)
    {
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await team.Editor.PostAsJsonAsync("/api/preview-tokens", body));
        Assert.Equal("X-Preview-Token", created.GetProperty("header").GetString());
        return created.GetProperty("token").GetString()!;
    }
}
