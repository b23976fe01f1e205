using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;

namespace TraumaBondCms.Web.Tests.Localization;

/// <summary>
/// A site set up by the setup recipe (cultures en-US, es-US and es-MX) with the people of a bilingual clinic: an editor who
/// translates, a clinical reviewer whose profile lists English only (<see cref="EnglishReviewerName"/>) and one who lists
/// English and Spanish (<see cref="SpanishReviewerName"/>), both confirmed by a second administrator. One per test class,
/// on each storage engine (<see cref="SqliteLocalizedSite"/>, <see cref="PostgresLocalizedSite"/>); every test makes its
/// own content.
/// </summary>
public abstract class LocalizedSite : IAsyncLifetime
{
    /// <summary>The reviewer who reviews in English only.</summary>
    public const string EnglishReviewerName = "dr.okafor";

    /// <summary>The reviewer who reviews in English and Spanish.</summary>
    public const string SpanishReviewerName = "dra.reyes";

    private IAsyncDisposable? _owner;

    /// <summary>The node the tests talk to.</summary>
    public CmsTestHost Host { get; private set; } = null!;

    /// <summary>An editor who writes and translates.</summary>
    public HttpClient Editor { get; private set; } = null!;

    /// <summary>A clinical reviewer whose profile lists English only.</summary>
    public HttpClient EnglishReviewer { get; private set; } = null!;

    /// <summary>A clinical reviewer whose profile lists English and Spanish.</summary>
    public HttpClient SpanishReviewer { get; private set; } = null!;

    /// <summary>An anonymous reader.</summary>
    public HttpClient Reader { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        (Host, _owner) = await StartAsync();
        Editor = await Host.CreateUserAsync("editor.lucia", "Editor");
        EnglishReviewer = await Host.CreateUserAsync(EnglishReviewerName, "ClinicalReviewer", ReviewTeam.Credential("LCSW", "LCS-40211", 2030));
        SpanishReviewer = await Host.CreateUserAsync(SpanishReviewerName, "ClinicalReviewer", new { title = "LMFT", licenseNumber = "MFT-55120", issuer = "California BBS", expiresOn = "2031-12-31", languages = new[] { "en", "es" } });
        Reader = Host.Anonymous();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var client in new[] { Editor, EnglishReviewer, SpanishReviewer, Reader })
        {
            client?.Dispose();
        }

        if (_owner is not null)
        {
            await _owner.DisposeAsync();
        }
    }

    /// <summary>Starts the node; returns it and what to dispose to stop everything.</summary>
    protected abstract Task<(CmsTestHost Host, IAsyncDisposable Owner)> StartAsync();

    /// <summary>Creates an FAQ in English and publishes it through review (the harness's English reviewer signs); returns its id.</summary>
    public async Task<string> PublishedFaqAsync(string question, string answer)
    {
        var (id, _) = await ReviewTeam.DraftFaqAsync(Editor, question, answer);
        await Host.PublishThroughReviewAsync(Editor, id);
        return id;
    }

    /// <summary>Asks for a translation of <paramref name="sourceId"/> into <paramref name="culture"/> with <paramref name="fields"/>; returns the response.</summary>
    public Task<HttpResponseMessage> TranslateAsync(string sourceId, string culture, object? fields = null) =>
        Editor.PostAsJsonAsync($"/api/content/{sourceId}/translations", new { culture, fields });

    /// <summary>Translates <paramref name="sourceId"/> into <paramref name="culture"/>; returns the new draft's id.</summary>
    public async Task<string> TranslationAsync(string sourceId, string culture, object fields) =>
        (await HttpAssert.StatusAsync(HttpStatusCode.Created, await TranslateAsync(sourceId, culture, fields))).GetProperty("contentItemId").GetString()!;

    /// <summary>Submits the latest version, has <paramref name="reviewer"/> approve it and the editor publish it; returns the published version.</summary>
    public async Task<JsonElement> ReviewAndPublishAsync(string id, HttpClient reviewer, string reviewerName)
    {
        await ReviewTeam.MustAsync(Editor, id, "submit");
        await Approve(reviewer, reviewerName, id);
        return await ReviewTeam.MustAsync(Editor, id, "publish");
    }

    /// <summary>Approves the latest version as <paramref name="reviewer"/> (warnings overridden, as a reviewer who read them does).</summary>
    public static async Task<JsonElement> Approve(HttpClient reviewer, string reviewerName, string id) =>
        await ReviewTeam.MustAsync(reviewer, id, "approve", new { version = await ReviewTeam.LatestVersionIdAsync(reviewer, id), password = reviewerName + ReviewTeam.PasswordSuffix, overrideReason = "read the warnings" });
}
