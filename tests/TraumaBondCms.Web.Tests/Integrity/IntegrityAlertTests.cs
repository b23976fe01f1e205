using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TraumaBondCms.Web.Integrity;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Search;
using TraumaBondCms.Web.Tests.Webhooks;

namespace TraumaBondCms.Web.Tests.Integrity;

/// <summary>
/// What happens when a published version fails its check as it is loaded (its fields edited in the database file): readers
/// are not served it, and the alarm goes off once, every way an operator would hear of it: a Critical log line, an audit
/// entry, a <c>content.withheld</c> webhook, the dashboard's banner, <c>GET /api/integrity</c> and the readiness detail. Put
/// back as it was, it is served again.
/// </summary>
public sealed class IntegrityAlertTests
{
    private const string Answer = "You can save a safety plan on paper instead of your phone.";

    [Fact]
    public async Task Should_raise_every_alarm_once_and_withhold_the_item_when_its_published_fields_were_edited_in_the_database()
    {
        var logs = new CapturingLoggerProvider();
        await using var receiver = await WebhookReceiver.StartAsync();
        using var host = new CmsTestHost(
            settings: new Dictionary<string, string?> { ["Cms:Webhooks:DispatchInterval"] = "00:00:00.100", ["Cms:Webhooks:RetryBase"] = "00:00:00.100" },
            configure: b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var admin = await host.AdminAsync();
        await WebhookApi.RegisterAsync(admin, receiver.Url, "content.withheld");
        var (id, versionId) = await host.PublishFaqAsync("Where can I keep a safety plan?", Answer);
        using var reader = host.Anonymous();

        await EditStoredAnswerAsync(host, versionId, Answer, "Keep your safety plan in your phone's notes.");
        var first = await reader.GetAsync($"/api/content/{id}");
        var again = await reader.GetAsync($"/api/content/{id}");
        await host.Services.GetRequiredService<IntegrityAlerts>().DrainAsync();
        var webhook = (await receiver.WaitForAsync(r => r.Any(w => w.Event == "content.withheld"))).Single(w => w.Event == "content.withheld");
        var audit = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/audit?item={id}&action=integrity.withheld"));
        var integrity = await admin.GetAsync("/api/integrity");
        var dashboard = await DashboardAsync(host);

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Single(logs.Entries, e => e.Contains("[Critical]", StringComparison.Ordinal) && e.Contains(id, StringComparison.Ordinal) && e.Contains("failed its integrity check and is withheld from readers", StringComparison.Ordinal));
        Assert.Equal(id, webhook.ContentItemId);
        Assert.Contains("its fields were changed outside the CMS", webhook.Payload.GetProperty("problem").GetString());
        Assert.Equal(1, audit.GetArrayLength());
        Assert.Contains("its fields were changed outside the CMS", audit[0].GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, integrity.StatusCode);
        Assert.Contains(id, await integrity.Content.ReadAsStringAsync());
        Assert.Contains("Tampering found: published content withheld from readers", dashboard);
        Assert.Contains("Where can I keep a safety plan?", dashboard);
    }

    [Fact]
    public async Task Should_serve_the_item_again_and_drop_the_banner_when_its_stored_fields_are_put_back()
    {
        using var host = new CmsTestHost();
        using var admin = await host.AdminAsync();
        var (id, versionId) = await host.PublishFaqAsync("Can I make a plan without leaving?", Answer);
        using var reader = host.Anonymous();
        await EditStoredAnswerAsync(host, versionId, Answer, "You must leave before you plan.");
        await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, await reader.GetAsync($"/api/content/{id}"));

        await EditStoredAnswerAsync(host, versionId, "You must leave before you plan.", Answer);
        var served = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{id}"));
        var dashboard = await DashboardAsync(host);

        Assert.Equal(Answer, served.GetProperty("fields").GetProperty("answer").GetString());
        Assert.DoesNotContain("Tampering found", dashboard);
    }

    [Fact]
    public async Task Should_show_the_last_integrity_check_in_the_readiness_detail_when_an_administrator_asks()
    {
        using var host = new CmsTestHost();
        using var admin = await host.AdminAsync();
        await host.Services.GetRequiredService<IntegrityMonitor>().RunAsync();

        var ready = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/healthz/ready"));

        var line = ready.GetProperty("checks").GetProperty("integrity");
        Assert.True(line.GetProperty("ready").GetBoolean());
        Assert.Matches("^verified at .* UTC: \\d+ audit entries, \\d+ signed heads, \\d+ published versions, \\d+ approvals, \\d+ verifications checked; 0 breaks, 0 withheld$", line.GetProperty("detail").GetString());
    }

    // What someone with the database file does: the stored fields of the version, changed in place.
    private static async Task EditStoredAnswerAsync(CmsTestHost host, string versionId, string from, string to)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataPath, "cms.db")};Pooling=False;Default Timeout=30");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE content_versions SET fields = REPLACE(fields, $from, $to) WHERE content_item_version_id = $version";
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        command.Parameters.AddWithValue("$version", versionId);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    // The dashboard's HTML for the administrator, signed in with the sign-in cookie.
    private static async Task<string> DashboardAsync(CmsTestHost host)
    {
        using var browser = host.AnonymousFrom("127.0.0.4", new CookieContainer());
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await browser.PostAsJsonAsync("/api/auth/login", new { username = "admin", password = CmsTestHost.AdminPassword }));
        var response = await browser.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
