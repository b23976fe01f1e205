using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using TraumaBondCms.Web.Logging;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Search;

namespace TraumaBondCms.Web.Tests.Logging;

/// <summary>
/// What the logs say during a clinic's day (<see cref="ClinicScenario"/>): nothing private at any level, and, with the
/// shipped settings in Production, no line per request unless the compact access log is turned on.
/// </summary>
public sealed partial class LogPrivacyTests
{
    [Fact]
    public async Task Should_keep_private_text_out_of_every_log_entry_when_everything_is_logged_through_a_clinic_day()
    {
        var logs = new CapturingLoggerProvider();
        using var host = StartHost(logs, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Cms:Logging:AccessLog"] = "true",
            // The unmatched search is made twice: its text is kept (in the database, never a log) once counted twice.
            ["Cms:Search:Analytics:Enabled"] = "true",
            ["Cms:Search:Analytics:MinimumCount"] = "2",
        });

        var scenario = await ClinicScenario.RunAsync(host);
        var entries = logs.Entries;

        Assert.True(entries.Count > 500, $"Only {entries.Count} entries: the scan would prove little.");
        Assert.Contains(entries, e => e.StartsWith("Microsoft.AspNetCore.Hosting.Diagnostics [Information] Request starting", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.StartsWith($"{AccessLogMiddleware.Category} [Information] POST /api/content/{scenario.PublishedId}/workflow/approve 200", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Contains("Sign-in as {redacted} from 127.0.0.7 refused unchecked", StringComparison.Ordinal));
        foreach (var entry in entries)
        {
            scenario.AssertNoSecretIn("A log entry", entry);
        }
    }

    [Fact]
    public async Task Should_write_one_compact_line_per_request_and_no_request_logging_when_the_access_log_is_on_in_production()
    {
        var logs = new CapturingLoggerProvider();
        using var host = StartHost(logs, new Dictionary<string, string?> { ["Cms:Logging:AccessLog"] = "true" });
        var startup = logs.Entries.Count;

        await ClinicScenario.RunAsync(host);
        using (var reader = host.Anonymous())
        {
            // Media files are answered straight from routing; the access log still sees them.
            await reader.GetAsync($"/media/{new string('a', 64)}/320.webp");
        }

        var entries = logs.Entries.Skip(startup).Where(e => !e.StartsWith("TraumaBondCms.Web.Setup.", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(entries, e => e.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && !e.Contains("[Warning]", StringComparison.Ordinal) && !e.Contains("[Error]", StringComparison.Ordinal));
        var access = entries.Where(e => e.StartsWith(AccessLogMiddleware.Category, StringComparison.Ordinal)).ToList();
        Assert.True(access.Count >= 25, $"{access.Count} access log lines");
        Assert.All(access, line => Assert.Matches(AccessLine(), line));
        Assert.Contains(access, line => line.Contains(" GET /api/search 200 ", StringComparison.Ordinal));
        Assert.Contains(access, line => line.Contains(" POST /api/auth/token 401 ", StringComparison.Ordinal));
        Assert.Contains(access, line => line.Contains(" GET /media/", StringComparison.Ordinal) && line.Contains("/320.webp 404 ", StringComparison.Ordinal));
        Assert.True(entries.Count < access.Count + 10, $"{entries.Count} entries for {access.Count} requests:\n{string.Join('\n', entries.Except(access).Take(40))}");
    }

    [Fact]
    public async Task Should_log_nothing_per_request_when_the_access_log_is_off_in_production()
    {
        var logs = new CapturingLoggerProvider();
        using var host = StartHost(logs, []);
        var startup = logs.Entries.Count;

        await ClinicScenario.RunAsync(host);
        // Setup reports its progress asynchronously; what it says may land after the host has started.
        var entries = logs.Entries.Skip(startup).Where(e => !e.StartsWith("TraumaBondCms.Web.Setup.", StringComparison.Ordinal)).ToList();

        Assert.True(entries.Count < 5, $"{entries.Count} entries:\n{string.Join('\n', entries.Take(40))}");
        Assert.DoesNotContain(entries, e => e.StartsWith(AccessLogMiddleware.Category, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_redact_a_path_segment_holding_an_email_address_when_writing_the_access_log()
    {
        var logs = new CapturingLoggerProvider();
        using var host = StartHost(logs, new Dictionary<string, string?> { ["Cms:Logging:AccessLog"] = "true" });
        using var admin = await host.AdminAsync();

        await admin.GetAsync("/api/users/someone@clinic.example");
        await admin.GetAsync("/api/users/other%40clinic.example/x");

        // The line and its structured values; the host's own request scope (shown only where scopes are turned on) is not the access log's.
        var access = logs.Entries.Where(e => e.StartsWith(AccessLogMiddleware.Category, StringComparison.Ordinal)).Select(e => string.Join(" | ", e.Split(" | ").Take(2))).ToList();
        Assert.Contains(access, line => line.Contains(" GET /api/users/{redacted} ", StringComparison.Ordinal));
        Assert.Contains(access, line => line.Contains(" GET /api/users/{redacted}/x ", StringComparison.Ordinal));
        Assert.DoesNotContain(access, line => line.Contains("clinic.example", StringComparison.Ordinal));
    }

    // The shipped appsettings.json, in Production, at the framework's default level, plus the given settings.
    private static CmsTestHost StartHost(CapturingLoggerProvider logs, Dictionary<string, string?> settings) =>
        new(settings: settings, configure: b => b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Information).AddProvider(logs)), environment: "Production");

    [GeneratedRegex(@"^TraumaBondCms\.AccessLog \[Information\] (GET|POST|PUT|PATCH|DELETE) /\S* \d{3} \d+\.\d ms (\d+|-) B \|")]
    private static partial Regex AccessLine();
}
