using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Tests.GraphQL;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Media;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Media.MediaApi;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// The media case of <see cref="PublishPathTests"/>: what a reviewer signs covers an article's exact image (the file's
/// SHA-256) and its alt text, on every entry point that can publish. A reviewer signs an article; then its image is
/// replaced in the library, or its alt text edited, and the signature is re-addressed to the version that now holds the
/// change (in the database, or carried by a recipe, an import or a first start). Every path refuses it, and readers get
/// neither the article nor either file. And a node that reads a signed version whose image was swapped for another file in
/// the database, under the signed hash, refuses to publish it.
/// </summary>
public sealed class MediaPublishPathTests(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    private const string SignedAlt = "Four arrows in a circle: tension, incident, making up, calm.";

    private static int _seed = 300;

    private readonly PublishAttempts _attempts = new(team);

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var path in PublishPathTests.EntryPoints.Keys)
        {
            cases.Add(path, "image");
            cases.Add(path, "alt text");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_refuse_an_article_whose_image_or_alt_text_changed_after_signing_on_every_publish_path(string path, string change)
    {
        var asset = await UploadNewAsync(team.Editor, TestImages.Jpeg(240, 180, Interlocked.Increment(ref _seed)), "cycle.jpg");
        var id = await DraftArticleAsync(team.Editor, $"The cycle ({path}, {change})", Use(asset, SignedAlt));
        await MustAsync(team.Editor, id, "submit");
        await ApproveAsync(team.Reviewer, "dr.okafor", id);
        var signedSha = asset.GetProperty("sha256").GetString()!;
        var changedSha = change == "image" ? await ReplaceImageAsync(asset) : await ChangeAltTextAsync(id, asset);
        await Forgery.ReplayApprovalAsync(team.Host.Store, id, id);

        await _attempts.AttemptAsync(path, id, "Article", () => SignedApprovalAsync(id), () => SetUpProductionWithChangedArticleAsync(id, asset, changedSha));

        using var reader = team.Host.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/media/{signedSha}.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/media/{changedSha}/320.webp")).StatusCode);
        await using var session = await team.Host.Store.OpenReadAsync();
        Assert.Null(await session.Content.GetAsync(id, VersionSelector.Published));
    }

    [Fact]
    public async Task Should_refuse_on_another_node_an_article_whose_image_was_swapped_in_the_shared_database_under_its_signed_hash()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        var (editor, reviewer, editorOnOther) = await PublishAttempts.NodeTeamAsync(cluster, "swap");
        var (signed, other) = (await UploadNewAsync(editor, TestImages.Jpeg(240, 180, 401), "cycle.jpg"), await UploadNewAsync(editor, TestImages.Jpeg(240, 180, 402), "other.jpg"));
        var (signedSha, otherSha) = (signed.GetProperty("sha256").GetString()!, other.GetProperty("sha256").GetString()!);
        var id = await DraftArticleAsync(editor, "The cycle, swapped", Use(signed, SignedAlt));
        await MustAsync(editor, id, "submit");
        await ApproveAsync(reviewer, "dr.swap", id);
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString))
        {
            await connection.OpenAsync();
            await using var swap = new NpgsqlCommand("UPDATE content_versions SET fields = replace(fields, @signed, @other) WHERE content_item_id = @id AND latest", connection);
            swap.Parameters.AddWithValue("signed", signedSha);
            swap.Parameters.AddWithValue("other", otherSha);
            swap.Parameters.AddWithValue("id", id);
            Assert.Equal(1, await swap.ExecuteNonQueryAsync());
        }

        var rest = await editorOnOther.PostAsync($"/api/content/{id}/publish", null);
        var graphQL = await editorOnOther.GraphQLAsync($$"""mutation { publish(id: "{{id}}") { id } }""");

        var refused = await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, rest);
        Assert.Contains(refused.GetProperty("refusals").EnumerateArray(), r => r.GetProperty("rule").GetString() == "StoredFields");
        Assert.Equal("CONFLICT", graphQL.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
        using var reader = cluster.Nodes[1].Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/media/{otherSha}.jpg")).StatusCode);
    }

    // Replaces the asset's file in the library (the article gets a new version naming it); returns the new file's hash.
    private async Task<string> ReplaceImageAsync(JsonElement asset)
    {
        var replaced = await HttpAssert.StatusAsync(HttpStatusCode.OK, await UploadAsync(
            team.Editor, TestImages.Jpeg(240, 180, Interlocked.Increment(ref _seed)), "cycle-v2.jpg", path: $"/api/media/{asset.GetProperty("id").GetString()}/file", method: HttpMethod.Put));
        return replaced.GetProperty("sha256").GetString()!;
    }

    // Edits only the alt text of the article's image; returns the (unchanged) file's hash.
    private async Task<string> ChangeAltTextAsync(string id, JsonElement asset)
    {
        var latest = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync($"/api/content/{id}?version=latest"));
        var fields = latest.GetProperty("fields");
        await EditAsync(team.Editor, id, new { title = fields.GetProperty("title").GetString(), body = fields.GetProperty("body").GetString(), image = Use(asset, "Four arrows in a circle, and a way out of it.") });
        return asset.GetProperty("sha256").GetString()!;
    }

    // The reviewer's own signature over the article as it was signed.
    private async Task<JsonElement> SignedApprovalAsync(string id) =>
        (await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync($"/api/content/{id}/approvals"))).EnumerateArray()
            .First(a => a.TryGetProperty("signature", out var s) && s.ValueKind == JsonValueKind.String);

    // A first start in Production whose setup recipe brings the changed article with the file it now names (Media step)
    // and, carried, the reviewer's signature over the signed version re-addressed to it: setup publishes neither.
    private async Task SetUpProductionWithChangedArticleAsync(string id, JsonElement asset, string changedSha)
    {
        var genuine = await SignedApprovalAsync(id);
        var item = await PublishAttempts.RecipeItemAsync(team.Editor, id, "Article", latest => PublishAttempts.CarriedApproval(latest, genuine));
        var bytes = await (await team.Editor.GetAsync($"/media/{changedSha}.jpg")).Content.ReadAsByteArrayAsync();
        var media = new JsonObject
        {
            ["name"] = "Media",
            ["assets"] = new JsonArray(new JsonObject
            {
                ["assetId"] = asset.GetProperty("id").GetString(),
                ["fileName"] = "cycle.jpg",
                ["kind"] = "Image",
                ["files"] = new JsonArray(new JsonObject { ["sha256"] = changedSha, ["data"] = Convert.ToBase64String(bytes) }),
            }),
        };

        using var production = await _attempts.SetUpProductionAsync(recipe =>
        {
            var steps = recipe["steps"]!.AsArray();
            var content = steps.First(s => (string?)s!["name"] == "Content")!;
            steps.Insert(steps.IndexOf(content), media);
            content["items"]!.AsArray().Add(item);
        });

        using var reader = production.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/media/{changedSha}.jpg")).StatusCode);
        using var admin = await production.AdminAsync();
        Assert.Contains("was not accepted", (await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/content/{id}/comments")))[0].GetProperty("body").GetString());
    }
}
