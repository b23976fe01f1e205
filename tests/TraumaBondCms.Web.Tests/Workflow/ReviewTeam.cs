using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Workflow;

/// <summary>
/// A host with the people of the clinical workflow: an editor, two clinical reviewers with valid credentials,
/// and helpers to write drafts and move them through transitions over HTTP.
/// </summary>
public sealed class ReviewTeam : IAsyncLifetime
{
    /// <summary>The reviewers' password is their user name followed by this.</summary>
    public const string PasswordSuffix = "-password-1";

    /// <summary>The host (scheduler and webhook dispatcher every 100 ms).</summary>
    public CmsTestHost Host { get; private set; } = null!;

    /// <summary>An Editor.</summary>
    public HttpClient Editor { get; private set; } = null!;

    /// <summary>A clinical reviewer, "dr.okafor".</summary>
    public HttpClient Reviewer { get; private set; } = null!;

    /// <summary>A second clinical reviewer, "dr.lindqvist".</summary>
    public HttpClient SecondReviewer { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Host = new CmsTestHost(settings: new Dictionary<string, string?> { ["Cms:Workflow:SchedulerInterval"] = "00:00:00.100", ["Cms:Webhooks:DispatchInterval"] = "00:00:00.100" });
        Editor = await Host.CreateUserAsync("editor.maya", "Editor");
        Reviewer = await Host.CreateUserAsync("dr.okafor", "ClinicalReviewer", Credential("LCSW", "LCS-40211", 2030));
        SecondReviewer = await Host.CreateUserAsync("dr.lindqvist", "ClinicalReviewer", Credential("PsyD", "PSY-77812", 2031));
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A reviewer credential valid until the end of <paramref name="year"/>.</summary>
    public static object Credential(string title, string licence, int year) =>
        new { title, licenseNumber = licence, issuer = "State Board of Behavioral Sciences", expiresOn = $"{year}-12-31" };

    /// <summary>Creates a draft FAQ as <paramref name="client"/>; returns its id and the created version.</summary>
    public static async Task<(string Id, JsonElement Version)> DraftFaqAsync(HttpClient client, string question, string answer)
    {
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await client.PostAsJsonAsync("/api/content", new NewContent("Faq", new { question, answer })));
        return (created.GetProperty("contentItemId").GetString()!, created);
    }

    /// <summary>Saves new fields over the latest version (reading its ETag first); returns the new version.</summary>
    public static async Task<JsonElement> EditAsync(HttpClient client, string id, object fields, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var latest = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync($"/api/content/{id}?version=latest"));
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/content/{id}") { Content = JsonContent.Create(new { fields }) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(latest.GetProperty("eTag").GetString()!));
        return await HttpAssert.StatusAsync(expected, await client.SendAsync(request));
    }

    /// <summary>Posts a transition and returns the raw response.</summary>
    public static Task<HttpResponseMessage> TransitionAsync(HttpClient client, string id, string transition, object? body = null) =>
        client.PostAsJsonAsync($"/api/content/{id}/workflow/{transition}", body ?? new { });

    /// <summary>Posts a transition that must succeed; returns its result.</summary>
    public static async Task<JsonElement> MustAsync(HttpClient client, string id, string transition, object? body = null) =>
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await TransitionAsync(client, id, transition, body));

    /// <summary>The latest version's id.</summary>
    public static async Task<string> LatestVersionIdAsync(HttpClient client, string id) =>
        (await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync($"/api/content/{id}?version=latest"))).GetProperty("contentItemVersionId").GetString()!;

    /// <summary>Approves the latest version as <paramref name="reviewer"/> (named <paramref name="reviewerName"/>), signing with their password.</summary>
    public static async Task<JsonElement> ApproveAsync(HttpClient reviewer, string reviewerName, string id, string? comment = null) =>
        await MustAsync(reviewer, id, "approve", new { version = await LatestVersionIdAsync(reviewer, id), password = reviewerName + PasswordSuffix, comment });

    /// <summary>The workflow state of an item.</summary>
    public static async Task<JsonElement> StateAsync(HttpClient client, string id) =>
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync($"/api/content/{id}/workflow"));

    /// <summary>Audit entries of an item with an action, newest first.</summary>
    public async Task<JsonElement> AuditAsync(string id, string action)
    {
        using var admin = await Host.AdminAsync();
        return await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/audit?item={id}&action={action}"));
    }
}
