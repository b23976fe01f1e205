using System.Net;
using System.Security.Cryptography;
using NetVips;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Media.MediaApi;

namespace TraumaBondCms.Web.Tests.Media;

/// <summary>Media in an S3-compatible bucket shared by several nodes on one PostgreSQL: what one node stores, every node serves.</summary>
public sealed class MediaS3Tests
{
    [Fact]
    public async Task Should_serve_a_file_uploaded_on_one_node_from_another_when_both_nodes_use_one_bucket()
    {
        using var s3 = await S3TestServer.StartAsync();
        await using var cluster = await PostgresCluster.StartAsync(2, s3.Settings("site/"));
        var (first, second) = (cluster.Nodes[0], cluster.Nodes[1]);
        using var editorOnFirst = await first.CreateUserAsync("editor.s3", "Editor");
        using var editorOnSecond = await second.SignInAsync("editor.s3", "editor.s3-password-1");
        var photo = TestImages.Jpeg(800, 600, 91);

        var asset = await UploadNewAsync(editorOnFirst, photo, "harbour.jpg");
        var sha256 = asset.GetProperty("sha256").GetString()!;
        var original = await editorOnSecond.GetAsync($"/media/{sha256}.jpg");
        var variant = await editorOnSecond.GetAsync($"/media/{sha256}/320.webp");
        var again = await UploadAsync(editorOnSecond, photo, "harbour-again.jpg");

        var stored = s3.Object($"site/media/{sha256[..2]}/{sha256}");
        Assert.NotNull(stored);
        Assert.True(stored.Length > 0 && stored[0] == 0xFF, System.Text.Encoding.ASCII.GetString(stored, 0, Math.Min(200, stored.Length)));
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(stored)));
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal(stored, await original.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
        using (var image = Image.NewFromBuffer(await variant.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(("webpload_buffer", 320), ((string)image.Get("vips-loader"), image.Width));
        }

        // The same bytes on the other node are the same asset; neither node keeps files of its own outside its cache.
        Assert.Equal(asset.GetProperty("id").GetString(), (await HttpAssert.StatusAsync(HttpStatusCode.OK, again)).GetProperty("id").GetString());
        Assert.All(StoredFiles(first.DataPath).Concat(StoredFiles(second.DataPath)), f => Assert.Contains($"{Path.DirectorySeparatorChar}media-cache{Path.DirectorySeparatorChar}", f));
    }
}
