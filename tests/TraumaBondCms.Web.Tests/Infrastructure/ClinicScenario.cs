using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Webhooks;
using static TraumaBondCms.Web.Tests.Search.SearchApi;

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// A short day at a clinic, over the public HTTP API of one node: an administrator registers a webhook and two staff with
/// email addresses (a second administrator confirms the reviewer's credential); the editor drafts an FAQ, submits it, the
/// clinical reviewer approves it with a password signature and the editor publishes it (the webhook hears of it); a second FAQ is left waiting in the review queue; readers search
/// (REST and GraphQL, with variables; a risk statement, a misspelling, a search that finds nothing, the editorial scope, a
/// GraphQL GET) and read the published snapshot twice; someone guesses passwords (for an account, and
/// with an email address as the user name) until the sign-in throttle holds them back. Every piece of private text (search words, the GraphQL document and its variables, passwords, tokens, the webhook
/// secret, email addresses) is unique to the run and listed in <see cref="Secrets"/>, so logs, traces and metrics can be
/// scanned for each.
/// </summary>
public sealed class ClinicScenario
{
    /// <summary>The GraphQL operation name readers send; the one piece of the document that may be recorded.</summary>
    public const string OperationName = "ReaderSearch";

    private readonly string _run = Guid.NewGuid().ToString("N")[..10];

    private ClinicScenario()
    {
    }

    /// <summary>The published FAQ.</summary>
    public string PublishedId { get; private set; } = "";

    /// <summary>The crisis resource published (verified by the reviewer, who did not write it, from a check now overdue).</summary>
    public string ResourceId { get; private set; } = "";

    /// <summary>The FAQ left in review.</summary>
    public string InReviewId { get; private set; } = "";

    /// <summary>The webhook registered for <c>content.published</c>.</summary>
    public string WebhookId { get; private set; } = "";

    /// <summary>The clinical reviewer's user name (password: <see cref="Secrets"/>' "reviewer password").</summary>
    public string ReviewerName => $"dr.okafor.{_run}";

    /// <summary>The account whose password is guessed until the throttle holds the guesser back.</summary>
    public string LockedUser => $"locked.{_run}";

    /// <summary>Private text by what it is, e.g. <c>["search text"] = "..."</c>: none may appear in a log or in telemetry.</summary>
    public Dictionary<string, string> Secrets { get; } = [];

    /// <summary>A word of the published FAQ that readers search for (letters only, so that a misspelling of it is corrected).</summary>
    public string ContentWord => $"clinicfaq{Letters}";

    // The run id spelled in letters a to p.
    private string Letters => new([.. _run.Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))]);

    /// <summary>The GraphQL document readers send (contains <see cref="Secrets"/>' "GraphQL query text").</summary>
    public string GraphQLDocument => $"query {OperationName}($q: String!) {{ {Secrets["GraphQL query text"]}: search(query: $q) {{ total hits {{ displayText }} }} }}";

    /// <summary>Runs the scenario against <paramref name="host"/>.</summary>
    public static async Task<ClinicScenario> RunAsync(CmsTestHost host)
    {
        var scenario = new ClinicScenario();
        await scenario.RunCoreAsync(host);
        return scenario;
    }

    private async Task RunCoreAsync(CmsTestHost host)
    {
        // Readers' words: the content holds ContentWord; each search adds a word of its own that no content holds, which
        // is what would betray a reader if it reached a log.
        Secrets["search text"] = $"searchonly{_run}";
        Secrets["crisis search text"] = $"crisisonly{_run}";
        Secrets["misspelled search text"] = $"clinicfqa{Letters}";
        Secrets["unmatched search text"] = $"nomatch{Letters}";
        Secrets["editorial search text"] = $"editorialonly{_run}";
        Secrets["GraphQL GET search text"] = $"getsearch{_run}";
        Secrets["GraphQL query text"] = $"alias_{_run}";
        Secrets["GraphQL variable"] = $"graphqlvariable{_run}";
        Secrets["editor password"] = $"Ed!tor-{_run}-pw";
        Secrets["reviewer password"] = $"Rev!ewer-{_run}-pw";
        Secrets["guessed password"] = $"Gue$$ed-{_run}-pw";
        Secrets["editor email"] = $"maya.{_run}@clinic.example";
        Secrets["reviewer email"] = $"dr.okafor.{_run}@clinic.example";
        Secrets["typed email"] = $"someone.{_run}@mail.example";
        Secrets["administrator password"] = CmsTestHost.AdminPassword;

        await using var receiver = await WebhookReceiver.StartAsync();
        using var admin = await host.AdminAsync();
        Secrets["administrator token"] = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        var webhook = await WebhookApi.RegisterAsync(admin, receiver.Url, "content.published");
        WebhookId = webhook.GetProperty("id").GetString()!;
        Secrets["webhook secret"] = webhook.GetProperty("secret").GetString()!;

        var editorName = $"editor.{_run}";
        using var editor = await CreateUserAsync(host, admin, editorName, "Editor", Secrets["editor password"], Secrets["editor email"], null);
        using var reviewer = await CreateUserAsync(host, admin, ReviewerName, "ClinicalReviewer", Secrets["reviewer password"], Secrets["reviewer email"], Workflow.ReviewTeam.Credential("LCSW", $"LCS-{_run}", 2030));
        await host.ConfirmCredentialAsync(ReviewerName);
        Secrets["editor token"] = editor.DefaultRequestHeaders.Authorization!.Parameter!;
        Secrets["reviewer token"] = reviewer.DefaultRequestHeaders.Authorization!.Parameter!;

        // Draft, review with a password signature, publish: the webhook hears of it. A new crisis line is published too,
        // its contact details verified by the reviewer (not their author), as a crisis line's must be, from a check made
        // over a year ago: it is due for verification again at once.
        PublishedId = await PublishAsync(editor, reviewer, "Faq", new { question = $"Is there a hotline? ({ContentWord})", answer = "Yes: call the national hotline, free and confidential, day and night." });
        ResourceId = await PublishAsync(editor, reviewer, "Resource", new { name = $"Scenario Line {_run}", region = "NZ", isCrisisLine = true, phone = "+64 9 555 0199", hours = new { alwaysOpen = true } });
        (InReviewId, _) = await Workflow.ReviewTeam.DraftFaqAsync(editor, "Does leaving get easier?", "It often takes several attempts; each one teaches something.");
        await Workflow.ReviewTeam.MustAsync(editor, InReviewId, "submit");
        await receiver.WaitForAsync(r => r.Any(w => w.ContentItemId == PublishedId) && r.Any(w => w.ContentItemId == ResourceId));
        await WebhookApi.WaitForDeliveriesAsync(admin, WebhookId, d => d.Count(x => x.GetProperty("state").GetString() == "Delivered") == 2);

        // Readers: REST search, GraphQL search with variables (twice: the second from the published snapshot), one bad query.
        using var reader = host.Anonymous();
        var found = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/search?q={Uri.EscapeDataString($"{ContentWord} {Secrets["search text"]}")}"));
        Assert.Equal(PublishedId, found.GetProperty("hits")[0].GetProperty("contentItemId").GetString());
        var request = new { query = GraphQLDocument, operationName = OperationName, variables = new { q = $"{ContentWord} {Secrets["GraphQL variable"]}" } };
        for (var i = 0; i < 2; i++)
        {
            var result = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.PostAsJsonAsync("/api/graphql", request));
            Assert.True(result.GetProperty("data").TryGetProperty(Secrets["GraphQL query text"], out _), result.ToString());
        }

        var bad = await reader.PostAsJsonAsync("/api/graphql", new { query = $"{{ {Secrets["GraphQL query text"]}_missing }}" });
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await SearchEveryPathAsync(reader, editor);

        // Someone guesses passwords, for an account and for an email address typed as a user name, until held back.
        await CreateUserAsync(host, admin, LockedUser, "Editor", $"Locked-{_run}-password", null, null);
        for (var i = 0; i < 12 && !(await reader.PostAsJsonAsync("/api/auth/token", new { username = LockedUser, password = Secrets["guessed password"] })).StatusCode.Equals(HttpStatusCode.TooManyRequests); i++)
        {
        }

        using var guesser = host.AnonymousFrom("127.0.0.7");
        for (var i = 0; i < 12 && !(await guesser.PostAsJsonAsync("/api/auth/token", new { username = Secrets["typed email"], password = Secrets["guessed password"] })).StatusCode.Equals(HttpStatusCode.TooManyRequests); i++)
        {
        }
    }

    // The other ways reader text travels through the Lucene search path: a risk statement (crisis pins for a region), a
    // misspelling (corrected from the index's words), a search that finds nothing (fallback, and zero-result analytics
    // where they are on), the editorial scope, and a GraphQL GET carrying the text in its URL.
    private async Task SearchEveryPathAsync(HttpClient reader, HttpClient editor)
    {
        var crisis = await SearchAsync(reader, $"he hits me {Secrets["crisis search text"]}", "&region=NZ");
        Assert.True(crisis.GetProperty("crisis").GetBoolean(), crisis.ToString());
        var corrected = await SearchAsync(reader, Secrets["misspelled search text"]);
        Assert.Equal(ContentWord, corrected.GetProperty("suggestion").GetString());
        for (var i = 0; i < 2; i++)
        {
            var nothing = await SearchAsync(reader, Secrets["unmatched search text"]);
            Assert.True(nothing.GetProperty("fallback").GetBoolean(), nothing.ToString());
        }

        await SearchAsync(editor, Secrets["editorial search text"], "&scope=editorial");
        var document = $"{{ search(query: \"{Secrets["GraphQL GET search text"]}\") {{ total }} }}";
        var get = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/graphql?query={Uri.EscapeDataString(document)}"));
        Assert.True(get.GetProperty("data").TryGetProperty("search", out _), get.ToString());
    }

    private async Task<string> PublishAsync(HttpClient editor, HttpClient reviewer, string contentType, object fields)
    {
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync("/api/content", new NewContent(contentType, fields)));
        var id = created.GetProperty("contentItemId").GetString()!;
        await Workflow.ReviewTeam.MustAsync(editor, id, "submit");
        await Workflow.ReviewTeam.MustAsync(reviewer, id, "approve", new { version = await Workflow.ReviewTeam.LatestVersionIdAsync(reviewer, id), password = Secrets["reviewer password"], comment = "Accurate." });
        if (contentType == "Resource")
        {
            var checkedUtc = DateTimeOffset.UtcNow.AddDays(-400).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            await HttpAssert.StatusAsync(HttpStatusCode.OK, await reviewer.PostAsJsonAsync($"/api/resources/{id}/verify", new { version = "latest", method = "CalledTheLine", checkedUtc, note = "Called the line last year.", password = Secrets["reviewer password"] }));
        }

        await Workflow.ReviewTeam.MustAsync(editor, id, "publish");
        return id;
    }

    private static async Task<HttpClient> CreateUserAsync(CmsTestHost host, HttpClient admin, string userName, string role, string password, string? email, object? credential)
    {
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/users", new { userName, password, email, displayName = userName, roles = new[] { role }, credential }));
        return await host.SignInAsync(userName, password);
    }

    /// <summary>Fails naming every secret found in <paramref name="text"/> (what was scanned is named by <paramref name="what"/>).</summary>
    public void AssertNoSecretIn(string what, string text)
    {
        var leaked = Secrets.Where(s => text.Contains(s.Value, StringComparison.OrdinalIgnoreCase)).Select(s => s.Key).ToList();
        Assert.True(leaked.Count == 0, $"{what} holds the {string.Join(", ", leaked)}.");
    }
}
