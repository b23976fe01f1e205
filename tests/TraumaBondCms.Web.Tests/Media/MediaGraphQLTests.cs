using System.Net;
using System.Text.Json;
using NetVips;
using TraumaBondCms.Web.Tests.GraphQL;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Media.MediaApi;

namespace TraumaBondCms.Web.Tests.Media;

/// <summary>The <c>MediaAsset</c> type over GraphQL: what a front end needs to show an image, and URLs that serve exactly what they name.</summary>
public sealed class MediaGraphQLTests : IClassFixture<ReviewTeam>
{
    private const string ArticleImage = """
        query($id: ID!) { article(id: $id) { image { id sha256 kind mimeType byteLength width height alt caption credit focalPoint { x y } dominantColor blurHash
          url small: url(width: 320) avif: url(width: 480, format: AVIF) wide: url(width: 1600, format: JPEG)
          srcSet chosen: srcSet(widths: [800, 320], format: JPEG) } downloads { alt } } }
        """;

    private readonly ReviewTeam _team;

    public MediaGraphQLTests(ReviewTeam team) => _team = team;

    [Fact]
    public async Task Should_give_urls_and_a_srcset_that_serve_the_named_width_and_format_when_a_reader_queries_a_published_image()
    {
        using var reader = _team.Host.Anonymous();
        var asset = await UploadNewAsync(_team.Editor, TestImages.Jpeg(1200, 800, 61), "cycle.jpg");
        var sha256 = asset.GetProperty("sha256").GetString()!;
        var id = await PublishedArticleAsync(_team, "The cycle, drawn", Use(asset, "Four arrows in a circle.", caption: "The cycle repeats."));

        var article = (await reader.GraphQLAsync(ArticleImage, new { id })).Ok().GetProperty("article");

        var image = article.GetProperty("image");
        Assert.Equal((asset.GetProperty("id").GetString(), sha256, "IMAGE", "image/jpeg"), (image.GetProperty("id").GetString(), image.GetProperty("sha256").GetString(), image.GetProperty("kind").GetString(), image.GetProperty("mimeType").GetString()));
        Assert.Equal((1200, 800), (image.GetProperty("width").GetInt32(), image.GetProperty("height").GetInt32()));
        Assert.Equal(("Four arrows in a circle.", "The cycle repeats."), (image.GetProperty("alt").GetString(), image.GetProperty("caption").GetString()));
        Assert.Equal(JsonValueKind.Null, image.GetProperty("credit").ValueKind);
        Assert.Equal((0.5, 0.5), (image.GetProperty("focalPoint").GetProperty("x").GetDouble(), image.GetProperty("focalPoint").GetProperty("y").GetDouble()));
        Assert.Matches("^#[0-9a-f]{6}$", image.GetProperty("dominantColor").GetString());
        Assert.False(string.IsNullOrEmpty(image.GetProperty("blurHash").GetString()));
        Assert.Equal(0, article.GetProperty("downloads").GetArrayLength());
        Assert.Equal($"/media/{sha256}.jpg", image.GetProperty("url").GetString());
        Assert.Equal($"/media/{sha256}/800.jpeg 800w, /media/{sha256}/320.jpeg 320w".Split(", ").Order(), image.GetProperty("chosen").GetString()!.Split(", ").Order());
        // Without widths: every allowed width below the image's own, then the smallest one that covers it (served at 1200).
        Assert.EndsWith($"/media/{sha256}/1024.webp 1024w, /media/{sha256}/1280.webp 1200w", image.GetProperty("srcSet").GetString(), StringComparison.Ordinal);
        await AssertServesAsync(reader, image.GetProperty("url").GetString()!, "jpegload_buffer", 1200);
        await AssertServesAsync(reader, image.GetProperty("small").GetString()!, "webpload_buffer", 320);
        await AssertServesAsync(reader, image.GetProperty("avif").GetString()!, "heifload_buffer", 480);
        await AssertServesAsync(reader, image.GetProperty("wide").GetString()!, "jpegload_buffer", 1200);
        foreach (var candidate in image.GetProperty("srcSet").GetString()!.Split(", "))
        {
            var parts = candidate.Split(' ');
            await AssertServesAsync(reader, parts[0], "webpload_buffer", int.Parse(parts[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Should_refuse_with_a_validation_error_when_a_width_is_not_in_the_allow_list()
    {
        using var reader = _team.Host.Anonymous();
        var asset = await UploadNewAsync(_team.Editor, TestImages.Jpeg(400, 300, 62), "bench.jpg");
        var id = await PublishedArticleAsync(_team, "A bench in a park", Use(asset, "An empty park bench under a tree."));

        var url = await reader.GraphQLAsync("query($id: ID!) { article(id: $id) { image { url(width: 801) } } }", new { id });
        var srcSet = await reader.GraphQLAsync("query($id: ID!) { article(id: $id) { image { srcSet(widths: [320, 100]) } } }", new { id });

        Assert.Contains("160, 320", url.Error("VALIDATION_FAILED", "width").GetProperty("message").GetString(), StringComparison.Ordinal);
        srcSet.Error("VALIDATION_FAILED", "width");
    }

    [Fact]
    public async Task Should_save_the_exact_file_and_alt_text_when_an_editor_sets_an_image_through_a_mutation()
    {
        var asset = await UploadNewAsync(_team.Editor, TestImages.Jpeg(300, 200, 63), "lighthouse.jpg");
        var image = new { asset = asset.GetProperty("id").GetString(), sha256 = asset.GetProperty("sha256").GetString(), alt = "A lighthouse at dusk.", credit = "Photo: A. Reader" };
        const string Create = "mutation($f: ArticleInput!) { createArticle(fields: $f) { id image { sha256 alt credit url } } }";
        const string Body = "Healing takes time. Small steps count, and asking for support is a strength.";

        var created = (await _team.Editor.GraphQLAsync(Create, new { f = new { title = "Finding your way", body = Body, image } })).Ok().GetProperty("createArticle");
        var placeholder = await _team.Editor.GraphQLAsync(Create, new { f = new { title = "Finding your way again", body = Body, image = image with { alt = "image" } } });
        var wrongFile = await _team.Editor.GraphQLAsync(Create, new { f = new { title = "Finding your way twice", body = Body, image = image with { sha256 = new string('0', 64) } } });

        Assert.Equal((image.sha256, image.alt, image.credit), (created.GetProperty("image").GetProperty("sha256").GetString(), created.GetProperty("image").GetProperty("alt").GetString(), created.GetProperty("image").GetProperty("credit").GetString()));
        var rest = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Editor.GetAsync($"/api/content/{created.GetProperty("id").GetString()}?version=latest"));
        Assert.Equal(image.sha256, rest.GetProperty("fields").GetProperty("image")[0].GetProperty("sha256").GetString());
        Assert.Contains("placeholder", placeholder.Error("VALIDATION_FAILED", "image").GetProperty("message").GetString(), StringComparison.Ordinal);
        wrongFile.Error("VALIDATION_FAILED", "image");
    }

    private static async Task AssertServesAsync(HttpClient reader, string url, string loader, int width)
    {
        var response = await reader.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        using var served = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((loader, width), ((string)served.Get("vips-loader"), served.Width));
    }
}
