using System.Security.Cryptography;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Media;

/// <summary>
/// Files that arrive with content from another instance (a recipe's or <c>content import</c>'s <c>Media</c> step) are
/// stored unchanged, because the signatures that come with them cover their hash; so they must be exactly what an upload
/// stores. Anything else refuses the whole import and stores nothing, in the database or in the media store. A recipe's
/// content is checked as any save is: placeholder alt text refuses it.
/// </summary>
public sealed class MediaImportTests : IDisposable
{
    private readonly CmsTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Should_refuse_the_import_and_store_nothing_when_a_files_bytes_do_not_hash_to_its_sha256()
    {
        var bytes = TestImages.Jpeg(200, 150, 81);
        var claimed = Convert.ToHexStringLower(SHA256.HashData(TestImages.Jpeg(200, 150, 82)));

        var (run, unchanged) = await RunMediaStepAsync(claimed, bytes);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("does not hash to its sha256: its bytes were changed on the way", run.Output + run.Error);
        unchanged();
    }

    [Fact]
    public async Task Should_refuse_the_import_and_store_nothing_when_an_image_carries_metadata_an_upload_would_have_stripped()
    {
        var bytes = TestImages.JpegWithGps();

        var (run, unchanged) = await RunMediaStepAsync(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("carries metadata (exif-data)", run.Output + run.Error);
        unchanged();
    }

    [Fact]
    public async Task Should_refuse_the_import_and_store_nothing_when_a_file_is_not_of_its_assets_kind()
    {
        var bytes = TestImages.Pdf("/Lang (en-GB)");

        var (run, unchanged) = await RunMediaStepAsync(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("is a Pdf file, not of the asset's kind (Image)", run.Output + run.Error);
        unchanged();
    }

    [Fact]
    public async Task Should_refuse_the_import_and_store_nothing_when_a_pdf_carries_metadata_an_upload_would_have_removed()
    {
        var bytes = TestPdfs.SafetyPlanWithPrivateMetadata();

        var (run, unchanged) = await RunMediaStepAsync(Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes, "Document");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("carries document metadata, scripts, attachments or earlier revisions", run.Output + run.Error);
        unchanged();
    }

    [Fact]
    public async Task Should_import_a_pdf_unchanged_when_it_is_what_an_upload_stores()
    {
        using var admin = await _host.AdminAsync();
        var uploaded = await MediaApi.UploadNewAsync(admin, TestPdfs.SafetyPlanWithPrivateMetadata("Import me unchanged"), "plan.pdf");
        var sha256 = uploaded.GetProperty("sha256").GetString()!;
        var stored = await File.ReadAllBytesAsync(Path.Combine(_host.DataPath, "media", sha256[..2], sha256));

        var (run, _) = await RunMediaStepAsync(sha256, stored, "Document");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var imported = await HttpAssert.JsonAsync(await admin.GetAsync("/api/media/imported-cycle"));
        Assert.Equal(sha256, imported.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Should_refuse_a_recipe_item_whose_image_has_placeholder_alt_text_and_change_nothing()
    {
        using var admin = await _host.AdminAsync();
        var asset = await MediaApi.UploadNewAsync(admin, TestImages.Jpeg(200, 150, 83), "cycle.jpg");
        var recipe = await WriteRecipeAsync(new
        {
            name = "Content",
            items = new[] { new { contentItemId = "article-with-placeholder-alt", contentType = "Article", published = true, fields = new { title = "The cycle", body = "Text.", image = MediaApi.Use(asset, "image") } } },
        });
        var before = DatabaseSnapshot.Take(_host.DataPath);

        var run = await CliProcess.RunAsync(_host.DataPath, null, "recipe", "run", recipe, "--actor", "ops.release");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("has placeholder alt text ('image')", run.Output + run.Error);
        DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before);
    }

    // Runs a recipe whose Media step brings one asset (an image unless told) with one file; returns the run and a check that nothing changed.
    private async Task<(CliProcess.Result Run, Action AssertUnchanged)> RunMediaStepAsync(string sha256, byte[] bytes, string kind = "Image")
    {
        var recipe = await WriteRecipeAsync(new
        {
            name = "Media",
            assets = new[]
            {
                new { assetId = "imported-cycle", fileName = "cycle.jpg", kind, alt = "Four arrows in a circle.", files = new[] { new { sha256, data = Convert.ToBase64String(bytes) } } },
            },
        });
        var database = DatabaseSnapshot.Take(_host.DataPath);
        var files = MediaApi.StoredFiles(_host.DataPath);

        var run = await CliProcess.RunAsync(_host.DataPath, null, "recipe", "run", recipe, "--actor", "ops.release");

        return (run, () =>
        {
            DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(database);
            Assert.Equal(files, MediaApi.StoredFiles(_host.DataPath));
        }
        );
    }

    // Writes a recipe of one step in the data folder; returns its path.
    private async Task<string> WriteRecipeAsync(object step)
    {
        var recipe = Path.Combine(_host.DataPath, $"test-{Guid.NewGuid():N}.recipe.json");
        await File.WriteAllTextAsync(recipe, JsonSerializer.Serialize(new { name = "test", steps = new[] { step } }));
        return recipe;
    }
}
