using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;

namespace TraumaBondCms.Web.Tests.Safety;

/// <summary>
/// HTTP helpers for the safety tests: drafts of any type, field patches, check runs and their findings, resources
/// taken through the whole clinical workflow, and verification.
/// </summary>
public static class SafetyApi
{
    /// <summary>Creates a draft of <paramref name="contentType"/>; returns its id.</summary>
    public static async Task<string> DraftAsync(HttpClient client, string contentType, object fields)
    {
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await client.PostAsJsonAsync("/api/content", new NewContent(contentType, fields)));
        return created.GetProperty("contentItemId").GetString()!;
    }

    /// <summary>Merges <paramref name="fields"/> into the latest version (a new version); returns it.</summary>
    public static async Task<JsonElement> PatchAsync(HttpClient client, string id, object fields)
    {
        var latest = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync($"/api/content/{id}?version=latest"));
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/content/{id}") { Content = JsonContent.Create(new { fields }) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(latest.GetProperty("eTag").GetString()!));
        return await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.SendAsync(request));
    }

    /// <summary>Runs the checks on demand (<c>POST .../checks/run</c>) on the latest version; returns the response.</summary>
    public static async Task<JsonElement> RunChecksAsync(HttpClient client, string id) =>
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.PostAsync($"/api/content/{id}/checks/run", null));

    /// <summary>The (rule, severity) of each finding of a report, in order.</summary>
    public static (string Rule, string Severity)[] Rules(JsonElement report) =>
        report.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("severity").GetString()!)).ToArray();

    /// <summary>The messages of the findings of <paramref name="rule"/>.</summary>
    public static string[] Messages(JsonElement report, string rule) =>
        report.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == rule).Select(f => f.GetProperty("message").GetString()!).ToArray();

    /// <summary>
    /// Takes a new resource through the clinical workflow: the editor drafts and submits, a reviewer approves, the second
    /// reviewer verifies its contact details (two people for every channel), the editor publishes.
    /// </summary>
    public static async Task<string> PublishResourceAsync(ReviewTeam team, object fields)
    {
        var id = await ApprovedResourceAsync(team, fields);
        await VerifyAsync(team.SecondReviewer, id, "Called the line; an advocate answered.", "latest");
        await ReviewTeam.MustAsync(team.Editor, id, "publish");
        return id;
    }

    /// <summary>A new resource the editor drafted and submitted and the reviewer approved, not yet verified nor published.</summary>
    public static async Task<string> ApprovedResourceAsync(ReviewTeam team, object fields)
    {
        var id = await DraftAsync(team.Editor, "Resource", fields);
        await ReviewTeam.MustAsync(team.Editor, id, "submit");
        await ReviewTeam.ApproveAsync(team.Reviewer, "dr.okafor", id);
        return id;
    }

    /// <summary>Verifies a resource (its published version, or <paramref name="version"/>) as <paramref name="client"/>, who called the line and signs with their password; returns the response (verification and state).</summary>
    public static async Task<JsonElement> VerifyAsync(HttpClient client, string id, string? note = null, string? version = null) =>
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.PostAsJsonAsync($"/api/resources/{id}/verify", new { note, version, method = "CalledTheLine", password = await TestPasswords.OfAsync(client) }));

    /// <summary>Crisis routing for <paramref name="region"/>, anonymously.</summary>
    public static async Task<JsonElement> CrisisResourcesAsync(CmsTestHost host, string? region)
    {
        using var reader = host.Anonymous();
        var query = region is null ? string.Empty : "?region=" + Uri.EscapeDataString(region);
        return await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/crisis-resources" + query));
    }
}
