using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Media.MediaApi;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Media;

/// <summary>Images in reviewed content over HTTP: the signature covers the exact file and alt text, readers see only what was published.</summary>
public sealed class MediaReviewTests : IClassFixture<ReviewTeam>
{
    private readonly ReviewTeam _team;

    public MediaReviewTests(ReviewTeam team) => _team = team;

    [Fact]
    public async Task Should_void_the_approval_and_keep_readers_on_the_signed_image_when_the_image_is_replaced()
    {
        using var reader = _team.Host.Anonymous();
        var asset = await UploadNewAsync(_team.Editor, TestImages.Jpeg(400, 300, 41), "cycle.jpg");
        var (oldSha, assetId) = (asset.GetProperty("sha256").GetString()!, asset.GetProperty("id").GetString());
        var id = await DraftArticleAsync(_team.Editor, "A cycle, drawn", Use(asset, "Four arrows in a circle."));
        await MustAsync(_team.Editor, id, "submit");
        await ApproveAsync(_team.Reviewer, "dr.okafor", id);
        await MustAsync(_team.Editor, id, "publish");
        await EditAsync(_team.Editor, id, new { title = "A cycle, drawn", body = "Healing takes time. Small steps count, and asking for support is a strength.", image = Use(asset, "Four arrows in a circle: tension, incident, making up, calm.") });
        await MustAsync(_team.Editor, id, "submit");
        var approval = await ApproveAsync(_team.Reviewer, "dr.okafor", id);
        Assert.Equal(oldSha, approval.GetProperty("version").GetProperty("fields").GetProperty("image")[0].GetProperty("sha256").GetString());

        var replaced = await HttpAssert.StatusAsync(HttpStatusCode.OK, await UploadAsync(_team.Editor, TestImages.Jpeg(400, 300, 42), "cycle-v2.jpg", path: $"/api/media/{assetId}/file", method: HttpMethod.Put));

        var newSha = replaced.GetProperty("sha256").GetString()!;
        var latest = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Editor.GetAsync($"/api/content/{id}?version=latest"));
        Assert.Equal(newSha, latest.GetProperty("fields").GetProperty("image")[0].GetProperty("sha256").GetString());
        Assert.NotEqual(approval.GetProperty("version").GetProperty("contentHash").GetString(), latest.GetProperty("contentHash").GetString());
        Assert.Equal(1, (await _team.AuditAsync(id, "approval.voided")).GetArrayLength());
        await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, await TransitionAsync(_team.Editor, id, "publish"));
        var live = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{id}"));
        Assert.Equal(oldSha, live.GetProperty("fields").GetProperty("image")[0].GetProperty("sha256").GetString());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/media/{oldSha}.jpg")).StatusCode);
        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, await reader.GetAsync($"/media/{newSha}.jpg"));
    }

    [Fact]
    public async Task Should_change_the_signed_hash_when_only_the_alt_text_changes()
    {
        var asset = await UploadNewAsync(_team.Editor, TestImages.Jpeg(300, 200, 43), "hands.jpg");
        var id = await DraftArticleAsync(_team.Editor, "Holding on", Use(asset, "Two hands holding each other."));
        await MustAsync(_team.Editor, id, "submit");
        var approval = await ApproveAsync(_team.Reviewer, "dr.okafor", id);

        var edited = await EditAsync(_team.Editor, id, new { title = "Holding on", body = "Healing takes time. Small steps count, and asking for support is a strength.", image = Use(asset, "Two hands letting go of each other.") });

        Assert.NotEqual(approval.GetProperty("version").GetProperty("contentHash").GetString(), edited.GetProperty("contentHash").GetString());
        Assert.Equal(1, (await _team.AuditAsync(id, "approval.voided")).GetArrayLength());
    }

    [Fact]
    public async Task Should_serve_anonymous_readers_only_files_that_a_published_version_uses()
    {
        using var reader = _team.Host.Anonymous();
        var used = await UploadNewAsync(_team.Editor, TestImages.Jpeg(320, 240, 44), "path.jpg");
        var unused = await UploadNewAsync(_team.Editor, TestImages.Jpeg(320, 240, 45), "unused.jpg");
        var (usedSha, unusedSha) = (used.GetProperty("sha256").GetString(), unused.GetProperty("sha256").GetString());
        var id = await DraftArticleAsync(_team.Editor, "A path through the woods", Use(used, "A narrow path through green woods."));
        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, await reader.GetAsync($"/media/{usedSha}.jpg"));

        await MustAsync(_team.Editor, id, "submit");
        await ApproveAsync(_team.Reviewer, "dr.okafor", id);
        await MustAsync(_team.Editor, id, "publish");

        var original = await reader.GetAsync($"/media/{usedSha}.jpg");
        var variant = await reader.GetAsync($"/media/{usedSha}/320.webp");
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
        Assert.True(variant.Headers.CacheControl is { Public: true, MaxAge.TotalDays: >= 365 } cache && cache.Extensions.Any(e => e.Name == "immutable"), variant.Headers.CacheControl?.ToString());
        Assert.Equal(("nosniff", "default-src 'none'; sandbox"), (variant.Headers.GetValues("X-Content-Type-Options").Single(), variant.Headers.GetValues("Content-Security-Policy").Single()));
        var head = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/media/{usedSha}/320.webp"));
        Assert.Equal((HttpStatusCode.OK, variant.Content.Headers.ContentLength), (head.StatusCode, head.Content.Headers.ContentLength));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/media/{usedSha}/320.webp");
        conditional.Headers.IfNoneMatch.Add(variant.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await reader.SendAsync(conditional)).StatusCode);
        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, await reader.GetAsync($"/media/{unusedSha}.jpg"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/media/{unusedSha}/320.webp"))).StatusCode);
        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, await reader.GetAsync($"/media/{unusedSha}/320.webp"));
        await HttpAssert.ProblemAsync(HttpStatusCode.Unauthorized, await reader.GetAsync($"/api/media/{unused.GetProperty("id").GetString()}"));

        await MustAsync(_team.Editor, id, "unpublish", new { reason = "Image under review again." });
        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, await reader.GetAsync($"/media/{usedSha}/320.webp"));
    }

    [Fact]
    public async Task Should_refuse_to_delete_an_asset_while_a_published_version_uses_it()
    {
        var asset = await UploadNewAsync(_team.Editor, TestImages.Jpeg(200, 200, 46), "safety-plan-cover.jpg");
        var assetId = asset.GetProperty("id").GetString();
        var id = await PublishedArticleAsync(_team, "Making a safety plan", Use(asset, "A notebook open at a page headed My safety plan."));
        using var admin = await _team.Host.AdminAsync();
        var before = DatabaseSnapshot.Take(_team.Host.DataPath);

        var refused = await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, await admin.DeleteAsync($"/api/media/{assetId}"));

        Assert.Contains("Making a safety plan", refused.GetProperty("detail").GetString());
        Assert.Equal(id, refused.GetProperty("items")[0].GetString());
        DatabaseSnapshot.Take(_team.Host.DataPath).AssertUnchangedSince(before);
        var usage = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Editor.GetAsync($"/api/media/{assetId}"));
        Assert.Contains(usage.GetProperty("usages").EnumerateArray(), u => u.GetProperty("contentItemId").GetString() == id && u.GetProperty("published").GetBoolean());
    }

    [Fact]
    public async Task Should_delete_an_asset_when_nothing_uses_it()
    {
        var asset = await UploadNewAsync(_team.Editor, TestImages.Jpeg(200, 200, 47), "spare.jpg");
        using var admin = await _team.Host.AdminAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/media/{asset.GetProperty("id").GetString()}")).StatusCode);

        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, await _team.Editor.GetAsync($"/api/media/{asset.GetProperty("id").GetString()}"));
        var list = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Editor.GetAsync("/api/media?q=spare"));
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    public static TheoryData<string, string> BadAltText => new()
    {
        { "", "needs alt text" },
        { "image", "placeholder" },
        { "TODO", "placeholder" },
        { "IMG_2041.JPG", "file name" },
        { "woods path", "file name" },
        { new string('a', 251), "maximum is 250" },
    };

    [Theory]
    [MemberData(nameof(BadAltText))]
    public async Task Should_refuse_the_save_naming_the_field_when_the_alt_text_is_missing_or_a_placeholder(string alt, string reason)
    {
        var asset = await UploadNewAsync(_team.Editor, TestImages.Jpeg(120, 90, 48 + alt.Length), "woods-path.jpg");
        var before = DatabaseSnapshot.Take(_team.Host.DataPath);

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await _team.Editor.PostAsJsonAsync("/api/content", new NewContent("Article", new { title = "Woods", body = "Text.", image = Use(asset, alt) })), "image");

        Assert.Contains(reason, problem.GetProperty("errors").GetProperty("image")[0].GetString());
        DatabaseSnapshot.Take(_team.Host.DataPath).AssertUnchangedSince(before);
    }

    [Fact]
    public async Task Should_refuse_a_document_in_an_image_field_and_a_file_that_is_not_the_assets()
    {
        var pdf = await UploadNewAsync(_team.Editor, TestImages.Pdf("/Lang (en-GB)"), "plan.pdf");
        var image = await UploadNewAsync(_team.Editor, TestImages.Jpeg(100, 100, 60), "tree.jpg");
        var stranger = new[] { new { asset = image.GetProperty("id").GetString(), sha256 = pdf.GetProperty("sha256").GetString(), alt = "A tree." } };

        var asDocument = await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await _team.Editor.PostAsJsonAsync("/api/content", new NewContent("Article", new { title = "Plan", body = "Text.", image = Use(pdf, "A safety plan form.") })), "image");
        var wrongFile = await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await _team.Editor.PostAsJsonAsync("/api/content", new NewContent("Article", new { title = "Tree", body = "Text.", image = stranger })), "image");

        Assert.Contains("takes Image assets", asDocument.GetProperty("errors").GetProperty("image")[0].GetString());
        Assert.Contains("not a file of media asset", wrongFile.GetProperty("errors").GetProperty("image")[0].GetString());
    }

    [Fact]
    public async Task Should_hold_the_signature_on_an_image_in_an_article_tagged_with_a_risk_topic_until_the_reviewer_confirms_its_numbers()
    {
        var poster = await UploadNewAsync(_team.Editor, TestImages.Jpeg(300, 400, 62), "helpline-poster.jpg");
        var id = await Safety.SafetyApi.DraftAsync(_team.Editor, "Article", new
        {
            title = "Help is there, day and night",
            body = "Naming what happens can be a first step.",
            topics = new[] { "abuse" },
            contentWarning = "Mentions emotional abuse in general terms.",
            relatedResources = new[] { "resource-us-ndvh" },
            image = Use(poster, "A poster of a phone beside a window at night, with the hotline's name."),
        });
        await MustAsync(_team.Editor, id, "submit");
        var version = await LatestVersionIdAsync(_team.Reviewer, id);

        var unconfirmed = await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await TransitionAsync(_team.Reviewer, id, "approve", new { version, password = "dr.okafor" + PasswordSuffix }));
        var runs = (await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Reviewer.GetAsync($"/api/content/{id}/checks"))).GetProperty("runs");
        await MustAsync(_team.Reviewer, id, "approve", new { version, password = "dr.okafor" + PasswordSuffix, overrideReason = "I read the poster: it shows the hotline's verified number, 1-800-799-7233." });

        Assert.Contains(unconfirmed.GetProperty("refusals").EnumerateArray(), r => r.GetProperty("rule").GetString() == "CheckWarnings");
        var flagged = Assert.Single(Safety.SafetyApi.Messages(runs[0].GetProperty("report"), "media-phone-check"));
        Assert.Contains("is tagged 'abuse' (risk topic 'abuse'): confirm that any phone number", flagged);
        await MustAsync(_team.Editor, id, "publish");
    }

    [Fact]
    public async Task Should_flag_an_image_in_a_resource_for_the_reviewer_to_check_its_numbers()
    {
        var poster = await UploadNewAsync(_team.Editor, TestImages.Jpeg(300, 400, 61), "poster.jpg");
        var id = await Safety.SafetyApi.DraftAsync(_team.Editor, "Resource", new
        {
            name = "Riverside Support Line",
            region = "US",
            image = Use(poster, "A poster with the support line's name over a river at dawn."),
        });

        var checks = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Editor.PostAsJsonAsync($"/api/content/{id}/checks/run", new { }));

        var finding = JsonSerializer.Serialize(checks);
        Assert.Contains("media-phone-check", finding);
        Assert.Contains("confirm that any phone number", finding);
    }
}
