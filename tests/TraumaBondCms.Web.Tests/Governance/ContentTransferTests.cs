using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Media;
using static TraumaBondCms.Web.Tests.Media.MediaApi;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// Content moves between instances with its signatures (staging to production): <c>content export</c> on one instance,
/// <c>content import</c> on another that trusts the first one's public key. Signed items arrive published and verified;
/// a tampered item, or one signed by a key the importer does not trust, arrives waiting for review with a finding. Images
/// travel with the articles that use them, as the exact bytes their signatures cover. Run
/// on each storage engine (<see cref="SqliteContentTransferTests"/>, <see cref="PostgresContentTransferTests"/>).
/// </summary>
public abstract class ContentTransferTests : IAsyncLifetime
{
    private TransferInstance _staging = null!;
    private TransferInstance _production = null!;
    private string _exported = null!;
    private string _trusted = null!;
    private (string Signed, string Tampered) _ids;
    private string _translation = null!;

    public async Task InitializeAsync()
    {
        _staging = await StartInstanceAsync();
        _production = await StartInstanceAsync();
        using var editor = await _staging.Host.CreateUserAsync("editor.stage", "Editor");
        using var reviewer = await _staging.Host.CreateUserAsync("dr.stage", "ClinicalReviewer", Credential("LCSW", "S-1", 2031));
        _ids = (await PublishedAsync(editor, reviewer, "Can I call from a friend's phone?", "Yes, if you trust them."), await PublishedAsync(editor, reviewer, "Is the chat anonymous?", "You do not have to give your name."));
        using var spanishReviewer = await _staging.Host.CreateUserAsync("dra.stage", "ClinicalReviewer", new { title = "LMFT", licenseNumber = "S-2", issuer = "Board", expiresOn = "2031-12-31", languages = new[] { "es" } });
        _translation = await TranslationAsync(editor, spanishReviewer, _ids.Signed);
        _exported = Path.Combine(_production.Host.DataPath, "export.json");
        _trusted = Path.Combine(_production.Host.DataPath, "staging-keys.json");
        var export = await _staging.RunAsync("content", "export", _exported, "--type", "Faq");
        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        await File.WriteAllTextAsync(_trusted, await _staging.Host.Anonymous().GetStringAsync("/.well-known/tbcms-signing-keys"));
    }

    public async Task DisposeAsync()
    {
        await _staging.Owner.DisposeAsync();
        await _production.Owner.DisposeAsync();
    }

    /// <summary>Starts one instance with a database and signing key of its own.</summary>
    protected abstract Task<TransferInstance> StartInstanceAsync();

    [Fact]
    public async Task Should_publish_signed_items_and_hold_a_tampered_one_for_review_with_a_finding_when_the_exporter_is_trusted()
    {
        var file = await TamperedCopyAsync();

        var import = await _production.RunAsync("content", "import", file, "--trusted-keys", _trusted, "--actor", "ops.release");

        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        using var reader = _production.Host.Anonymous();
        var signed = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{_ids.Signed}"));
        Assert.Equal((true, "dr.stage"), (signed.GetProperty("review").GetProperty("clinicallyReviewed").GetBoolean(), signed.GetProperty("review").GetProperty("reviewer").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/content/{_ids.Tampered}")).StatusCode);
        using var admin = await _production.Host.AdminAsync();
        var held = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/content/{_ids.Tampered}?version=latest"));
        var comments = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/content/{_ids.Tampered}/comments"));
        var rejected = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/audit?item={_ids.Tampered}&action=approval.rejected"));
        Assert.Equal("InReview", held.GetProperty("status").GetString());
        Assert.Contains("they were changed after signing", comments[0].GetProperty("body").GetString());
        Assert.Equal("cli:ops.release", rejected[0].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Should_carry_a_translation_with_its_culture_source_and_signature_when_content_moves_between_instances()
    {
        var import = await _production.RunAsync("content", "import", _exported, "--trusted-keys", _trusted, "--actor", "ops.release");

        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        using var reader = _production.Host.Anonymous();
        var translation = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{_translation}"));
        Assert.Equal(("es-US", _ids.Signed, "dra.stage"), (translation.GetProperty("culture").GetString(), translation.GetProperty("translationOf").GetString(), translation.GetProperty("review").GetProperty("reviewer").GetString()));
        var served = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{_ids.Signed}?culture=es-US"));
        Assert.Equal(_translation, served.GetProperty("contentItemId").GetString());
    }

    [Fact]
    public async Task Should_hold_every_item_for_review_when_the_importer_does_not_trust_the_exporting_key()
    {
        var import = await _production.RunAsync("content", "import", _exported);

        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        Assert.Contains("does not verify with this instance's keys or the trusted keys", import.Output);
        using var reader = _production.Host.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/content/{_ids.Signed}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/content/{_ids.Tampered}")).StatusCode);
    }

    [Fact]
    public async Task Should_serve_the_exact_signed_image_of_an_imported_article_and_hold_one_whose_alt_text_changed_on_the_way()
    {
        using var editor = await _staging.Host.SignInAsync("editor.stage", "editor.stage" + PasswordSuffix);
        using var reviewer = await _staging.Host.SignInAsync("dr.stage", "dr.stage" + PasswordSuffix);
        var (cycle, hands) = (await UploadNewAsync(editor, TestImages.Jpeg(400, 300, 71), "cycle.jpg"), await UploadNewAsync(editor, TestImages.Jpeg(300, 200, 72), "hands.jpg"));
        var signed = await PublishedArticleAsync(editor, reviewer, "The cycle, drawn", Use(cycle, "Four arrows in a circle: tension, incident, making up, calm."));
        var altered = await PublishedArticleAsync(editor, reviewer, "Holding on", Use(hands, "Two hands holding each other."));
        var file = Path.Combine(_production.Host.DataPath, "articles.json");
        var export = await _staging.RunAsync("content", "export", file, "--type", "Article");
        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        recipe["steps"]![1]!["items"]!.AsArray().First(i => (string?)i!["contentItemId"] == altered)!["fields"]!["image"]![0]!["alt"] = "Two hands letting go of each other.";
        await File.WriteAllTextAsync(file, recipe.ToJsonString());
        var stagingBytes = await (await editor.GetAsync($"/media/{Sha(cycle)}.jpg")).Content.ReadAsByteArrayAsync();

        var import = await _production.RunAsync("content", "import", file, "--trusted-keys", _trusted, "--actor", "ops.release");

        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        using var reader = _production.Host.Anonymous();
        var article = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{signed}"));
        Assert.Equal((Sha(cycle), "Four arrows in a circle: tension, incident, making up, calm."), (article.GetProperty("fields").GetProperty("image")[0].GetProperty("sha256").GetString(), article.GetProperty("fields").GetProperty("image")[0].GetProperty("alt").GetString()));
        Assert.True(article.GetProperty("review").GetProperty("clinicallyReviewed").GetBoolean());
        var served = await reader.GetAsync($"/media/{Sha(cycle)}.jpg");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.Equal(stagingBytes, bytes);
        Assert.Equal(Sha(cycle), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/media/{Sha(cycle)}/320.webp")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/content/{altered}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/media/{Sha(hands)}.jpg")).StatusCode);
        using var admin = await _production.Host.AdminAsync();
        var comments = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/content/{altered}/comments"));
        Assert.Contains("they were changed after signing", comments[0].GetProperty("body").GetString());
        var imported = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/audit?action=media.imported"));
        Assert.Equal(["cli:ops.release", "cli:ops.release"], imported.EnumerateArray().Select(e => e.GetProperty("actor").GetString()));
        var library = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/media/{cycle.GetProperty("id").GetString()}"));
        Assert.Equal(("cycle.jpg", Sha(cycle)), (library.GetProperty("fileName").GetString(), library.GetProperty("sha256").GetString()));
    }

    // The export with one answer changed after signing: what a hand edit, or an attacker, on the way would do.
    private async Task<string> TamperedCopyAsync()
    {
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(_exported))!;
        var item = recipe["steps"]![0]!["items"]!.AsArray().First(i => (string?)i!["contentItemId"] == _ids.Tampered)!;
        item["fields"]!["answer"] = "You do not have to give your name. Call 1-800-799-7223.";
        var file = Path.Combine(_production.Host.DataPath, "tampered.json");
        await File.WriteAllTextAsync(file, recipe.ToJsonString());
        return file;
    }

    private static async Task<string> TranslationAsync(HttpClient editor, HttpClient reviewer, string source)
    {
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync(
            $"/api/content/{source}/translations", new { culture = "es-US", fields = new { question = "¿Puedo llamar desde el teléfono de una amiga?", answer = "Sí, si confías en ella." } }));
        var id = created.GetProperty("contentItemId").GetString()!;
        await MustAsync(editor, id, "submit");
        await ApproveAsync(reviewer, "dra.stage", id);
        await MustAsync(editor, id, "publish");
        return id;
    }

    private static string Sha(System.Text.Json.JsonElement asset) => asset.GetProperty("sha256").GetString()!;

    private static async Task<string> PublishedArticleAsync(HttpClient editor, HttpClient reviewer, string title, object image)
    {
        var id = await DraftArticleAsync(editor, title, image);
        await MustAsync(editor, id, "submit");
        await ApproveAsync(reviewer, "dr.stage", id);
        await MustAsync(editor, id, "publish");
        return id;
    }

    private static async Task<string> PublishedAsync(HttpClient editor, HttpClient reviewer, string question, string answer)
    {
        var (id, _) = await DraftFaqAsync(editor, question, answer);
        await MustAsync(editor, id, "submit");
        await ApproveAsync(reviewer, "dr.stage", id);
        await MustAsync(editor, id, "publish");
        return id;
    }
}
