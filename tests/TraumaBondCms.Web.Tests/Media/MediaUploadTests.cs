using System.Net;
using System.Text;
using NetVips;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Media.MediaApi;

namespace TraumaBondCms.Web.Tests.Media;

/// <summary>Uploads over HTTP: each accepted kind, each hostile file refused with nothing stored, metadata stripped, variants.</summary>
public sealed class MediaUploadTests : IClassFixture<ReviewTeam>
{
    private readonly ReviewTeam _team;

    public MediaUploadTests(ReviewTeam team) => _team = team;

    public static TheoryData<string, string, int?, int?> AcceptedKinds => new()
    {
        { "jpeg", "image/jpeg", 640, 480 },
        { "png", "image/png", 320, 200 },
        { "webp", "image/webp", 320, 200 },
        { "avif", "image/avif", 320, 200 },
        { "gif", "image/png", 80, 60 },
        { "pdf", "application/pdf", null, null },
        { "pdf-nested-to-the-limit-in-an-object-stream", "application/pdf", null, null },
    };

    [Theory]
    [MemberData(nameof(AcceptedKinds))]
    public async Task Should_store_the_file_when_its_kind_is_accepted(string kind, string storedType, int? width, int? height)
    {
        var bytes = kind switch
        {
            "jpeg" => TestImages.Jpeg(seed: 11),
            "gif" => TestImages.AnimatedGif(),
            "pdf" => TestImages.Pdf(),
            "pdf-nested-to-the-limit-in-an-object-stream" => TestPdfs.DeeplyNested(PdfStructureGuard.MaxDepth - 1, packed: true),
            _ => TestImages.Encoded("." + kind, seed: 12),
        };

        // The name and declared type lie: the bytes decide.
        var asset = await UploadNewAsync(_team.Editor, bytes, "upload.bin");

        Assert.Equal(storedType, asset.GetProperty("mimeType").GetString());
        Assert.Equal(kind.StartsWith("pdf", StringComparison.Ordinal) ? "Document" : "Image", asset.GetProperty("kind").GetString());
        Assert.Equal(width, asset.TryGetProperty("width", out var w) && w.ValueKind == System.Text.Json.JsonValueKind.Number ? w.GetInt32() : null);
        Assert.Equal(height, asset.TryGetProperty("height", out var h) && h.ValueKind == System.Text.Json.JsonValueKind.Number ? h.GetInt32() : null);
        var sha256 = asset.GetProperty("sha256").GetString()!;
        var stored = await File.ReadAllBytesAsync(Path.Combine(_team.Host.DataPath, "media", sha256[..2], sha256));
        Assert.Equal(sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored)));
    }

    public static TheoryData<string, HttpStatusCode, string> HostileFiles => new()
    {
        { "renamed-executable", HttpStatusCode.UnsupportedMediaType, "Windows executable" },
        { "svg-with-script", HttpStatusCode.UnsupportedMediaType, "SVG" },
        { "jpeg-zip-polyglot", HttpStatusCode.UnsupportedMediaType, "polyglot" },
        { "gif-html-polyglot", HttpStatusCode.UnsupportedMediaType, "<script" },
        { "encrypted-pdf", HttpStatusCode.UnsupportedMediaType, "encrypted" },
        { "pdf-with-garbage-after-its-header", HttpStatusCode.UnprocessableEntity, "PDF could not be read" },
        { "pdf-nested-100000-deep", HttpStatusCode.UnprocessableEntity, "more than 128 levels deep" },
        { "pdf-nested-100000-deep-in-an-object-stream", HttpStatusCode.UnprocessableEntity, "more than 128 levels deep" },
        { "pdf-nested-100000-deep-in-an-escaped-object-stream", HttpStatusCode.UnprocessableEntity, "more than 128 levels deep" },
        { "pdf-object-stream-bomb", HttpStatusCode.UnprocessableEntity, "compression bomb" },
        { "decompression-bomb", HttpStatusCode.RequestEntityTooLarge, "100000 x 100000" },
        { "oversize", HttpStatusCode.RequestEntityTooLarge, "limit" },
        { "truncated-jpeg", HttpStatusCode.UnprocessableEntity, "JPEG" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task Should_refuse_and_store_nothing_when_the_file_is_hostile(string name, HttpStatusCode status, string reason)
    {
        var bytes = name switch
        {
            "renamed-executable" => TestImages.Executable(),
            "svg-with-script" => TestImages.SvgWithScript(),
            "jpeg-zip-polyglot" => TestImages.JpegZipPolyglot(),
            "gif-html-polyglot" => TestImages.GifHtmlPolyglot(),
            "encrypted-pdf" => TestPdfs.Encrypted(),
            "pdf-with-garbage-after-its-header" => TestPdfs.GarbageAfterHeader(),
            "pdf-nested-100000-deep" => TestPdfs.DeeplyNested(100_000, packed: false),
            "pdf-nested-100000-deep-in-an-object-stream" => TestPdfs.DeeplyNested(100_000, packed: true),
            "pdf-nested-100000-deep-in-an-escaped-object-stream" => TestPdfs.DeeplyNestedInAnEscapedObjectStream(100_000),
            "pdf-object-stream-bomb" => TestPdfs.ObjectStreamBomb(),
            "decompression-bomb" => TestImages.DecompressionBomb(),
            "oversize" => TestImages.Oversize(20 * 1024 * 1024 + 1),
            _ => TestImages.Jpeg()[..4000],
        };
        var files = StoredFiles(_team.Host.DataPath);
        var before = DatabaseSnapshot.Take(_team.Host.DataPath);

        var problem = await HttpAssert.ProblemAsync(status, await UploadAsync(_team.Editor, bytes, "photo.jpg", "image/jpeg"));

        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        DatabaseSnapshot.Take(_team.Host.DataPath).AssertUnchangedSince(before);
        Assert.Equal(files, StoredFiles(_team.Host.DataPath));
    }

    [Fact]
    public async Task Should_keep_no_location_or_metadata_in_any_stored_file_or_variant_when_a_photo_has_gps_tags()
    {
        var photo = TestImages.JpegWithGps();
        Assert.True(photo.AsSpan().IndexOf(TestImages.GpsLatitudeRationals) > 0, "the test photo carries GPS coordinates");

        var asset = await UploadNewAsync(_team.Editor, photo, "holiday.jpg");
        var sha256 = asset.GetProperty("sha256").GetString()!;
        foreach (var format in new[] { "webp", "jpeg", "avif" })
        {
            Assert.Equal(HttpStatusCode.OK, (await _team.Editor.GetAsync($"/media/{sha256}/160.{format}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await _team.Editor.GetAsync($"/media/{sha256}.jpg")).StatusCode);

        // Orientation 6 was applied to the pixels: 60 x 40 became 40 x 60.
        Assert.Equal(40, asset.GetProperty("width").GetInt32());
        Assert.Equal(60, asset.GetProperty("height").GetInt32());
        var stored = StoredFiles(_team.Host.DataPath).Where(f => f.Contains(sha256, StringComparison.Ordinal)).ToList();
        // The stored file and three variants (the original is served from the store itself).
        Assert.Equal(4, stored.Count);
        foreach (var file in stored)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.AsSpan().IndexOf(TestImages.GpsLatitudeRationals) < 0, $"{file} holds the GPS latitude");
            foreach (var marker in new[] { "Exif", "GPS", "xmpmeta", "Photoshop 3.0", "Leeds" })
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(marker)) < 0, $"{file} holds '{marker}'");
            }

            using var image = Image.NewFromBuffer(bytes);
            Assert.DoesNotContain(image.GetFields(), f => f is "exif-data" or "xmp-data" or "iptc-data" or "orientation");
        }
    }

    [Fact]
    public async Task Should_serve_variants_of_the_asked_width_and_format_when_the_width_is_allowed()
    {
        var asset = await UploadNewAsync(_team.Editor, TestImages.Jpeg(1200, 800, 21), "garden.jpg");
        var sha256 = asset.GetProperty("sha256").GetString()!;

        foreach (var (width, format, mime, loader) in new[] { (800, "webp", "image/webp", "webpload_buffer"), (320, "avif", "image/avif", "heifload_buffer"), (480, "jpeg", "image/jpeg", "jpegload_buffer"), (1600, "webp", "image/webp", "webpload_buffer") })
        {
            var response = await _team.Editor.GetAsync($"/media/{sha256}/{width}.{format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mime, response.Content.Headers.ContentType?.MediaType);
            using var variant = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(loader, (string)variant.Get("vips-loader"));
            Assert.Equal(Math.Min(width, 1200), variant.Width);
            Assert.Equal(Math.Min(width, 1200) * 2 / 3, variant.Height);
            Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, "a file no published version uses is not for shared caches");
        }

        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, await _team.Editor.GetAsync($"/media/{sha256}/801.webp"));
        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, await _team.Editor.GetAsync($"/media/{sha256}/800.gif"));
    }

    [Fact]
    public async Task Should_reuse_the_file_when_the_same_bytes_are_uploaded_again()
    {
        var bytes = TestImages.Encoded(".png", 90, 90, 31);
        var first = await UploadNewAsync(_team.Editor, bytes, "first.png");
        var files = StoredFiles(_team.Host.DataPath);

        var again = await HttpAssert.StatusAsync(HttpStatusCode.OK, await UploadAsync(_team.Editor, bytes, "again.png"));

        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal(files, StoredFiles(_team.Host.DataPath));
    }
}
