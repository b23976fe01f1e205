using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;

namespace TraumaBondCms.Web.Tests.Localization;

/// <summary>
/// A host whose Spanish library is live: the setup recipe's Spanish translations (the hotline, an article, three FAQs,
/// drafts waiting for review) signed by a reviewer who lists Spanish and published (the hotline's contact details
/// verified by her first), and the Spanish FAQs of <c>spanish-library.json</c> (test input written for this project)
/// translated, signed and published over the API. Shared by the Spanish search tests.
/// </summary>
public sealed class SpanishLibrary : IAsyncLifetime
{
    /// <summary>The reviewer who reviews in Spanish.</summary>
    public const string ReviewerName = "dra.morales";

    /// <summary>The recipe's Spanish translations, waiting for review after setup.</summary>
    public static readonly string[] RecipeTranslations =
    [
        "resource-us-ndvh-es", "article-why-leaving-is-hard-es", "faq-what-is-a-safety-plan-es", "faq-why-do-i-miss-someone-who-hurt-me-es", "faq-does-going-back-mean-i-failed-es",
    ];

    /// <summary>The host.</summary>
    public CmsTestHost Host { get; } = new();

    /// <summary>An anonymous reader.</summary>
    public HttpClient Reader { get; private set; } = null!;

    /// <summary>An editor.</summary>
    public HttpClient Editor { get; private set; } = null!;

    /// <summary>The judged Spanish queries of the test data file, as (query, expected item id).</summary>
    public static IEnumerable<(string Query, string Expected)> Judgments() =>
        Data().GetProperty("judgments").EnumerateArray().Select(j => (j.GetProperty("query").GetString()!, j.GetProperty("expected").GetString()!));

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Reader = Host.Anonymous();
        Editor = await Host.CreateUserAsync("editor.sofia", "Editor");
        using var reviewer = await Host.CreateUserAsync(ReviewerName, "ClinicalReviewer", new { title = "LCSW", licenseNumber = "LCS-77301", issuer = "Texas BHEC", expiresOn = "2032-06-30", languages = new[] { "es", "en" } });
        foreach (var id in RecipeTranslations)
        {
            await LocalizedSite.Approve(reviewer, ReviewerName, id);
            if (id.StartsWith("resource-", StringComparison.Ordinal))
            {
                await HttpAssert.StatusAsync(HttpStatusCode.OK, await reviewer.PostAsJsonAsync($"/api/resources/{id}/verify", new { version = "latest", method = "CalledTheLine", checkedUtc = DateTimeOffset.UtcNow.AddHours(-2), note = "Llamé a la línea y pedí atención en español.", password = ReviewerName + ReviewTeam.PasswordSuffix }));
            }

            await ReviewTeam.MustAsync(Editor, id, "publish");
        }

        foreach (var item in Data().GetProperty("items").EnumerateArray())
        {
            var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await Editor.PostAsJsonAsync(
                $"/api/content/{item.GetProperty("translationOf").GetString()}/translations", new { culture = "es-US", fields = item.GetProperty("fields") }));
            var id = created.GetProperty("contentItemId").GetString()!;
            Ids[item.GetProperty("contentItemId").GetString()!] = id;
            await ReviewTeam.MustAsync(Editor, id, "submit");
            await LocalizedSite.Approve(reviewer, ReviewerName, id);
            await ReviewTeam.MustAsync(Editor, id, "publish");
        }
    }

    /// <summary>The ids the data file's items got, by the names the file gives them; recipe items keep their ids.</summary>
    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>The id of an item named in the data file or the recipe.</summary>
    public string IdOf(string name) => Ids.GetValueOrDefault(name, name);

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Reader.Dispose();
        Editor.Dispose();
        Host.Dispose();
        return Task.CompletedTask;
    }

    private static JsonElement Data() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(Search.SearchTestFiles.Find("relevance-judgments.json"))!, "..", "Localization", "spanish-library.json"))).RootElement.Clone();
}
