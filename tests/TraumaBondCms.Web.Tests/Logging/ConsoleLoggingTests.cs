using System.Net;
using System.Text.Json;
using TraumaBondCms.Web.Logging;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Logging;

/// <summary>The console as an operator sees it from the real executable in Production: one line per entry, JSON when asked.</summary>
public sealed class ConsoleLoggingTests
{
    [Fact]
    public async Task Should_write_one_json_object_per_line_when_the_console_formatter_is_json()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Logging__Console__FormatterName"] = "json",
            ["Cms__Logging__AccessLog"] = "true",
        });
        using var client = server.Client();

        var ready = await client.GetAsync("/healthz/ready");
        var search = await client.GetAsync("/api/search?q=ocelotcanary%20hotline");
        var exit = await server.StopAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, 0), (ready.StatusCode, search.StatusCode, exit));
        var entries = server.Output.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(entries, e => Assert.True(e.TryGetProperty("Category", out _) && e.TryGetProperty("LogLevel", out _) && e.TryGetProperty("Message", out _), e.ToString()));
        var access = entries.Where(e => e.GetProperty("Category").GetString() == AccessLogMiddleware.Category).Select(e => e.GetProperty("Message").GetString()).ToList();
        Assert.Contains(access, m => m!.StartsWith("GET /api/search 200 ", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.GetProperty("Message").GetString() == "Application is shutting down...");
        Assert.DoesNotContain(server.Output, line => line.Contains("ocelotcanary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_write_one_line_per_entry_and_none_per_request_with_the_shipped_settings()
    {
        await using var server = await ServerProcess.StartAsync();
        using var client = server.Client();
        var startup = server.Output.Count;

        for (var i = 0; i < 20; i++)
        {
            await client.GetAsync("/api/content?first=5");
        }

        var exit = await server.StopAsync();

        Assert.Equal(0, exit);
        // Setup and the host's lifetime report asynchronously (the console logger flushes on its own thread): a late line of
        // either is not a line per request.
        var during = server.Output.Skip(startup)
            .Where(l => !l.Contains("TraumaBondCms.Web.Setup.", StringComparison.Ordinal) && !l.Contains("Microsoft.Hosting.Lifetime[", StringComparison.Ordinal))
            .ToList();
        Assert.True(during.Count <= 3, string.Join('\n', during));
        Assert.All(server.Output, line => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (info|warn|fail|crit|dbug|trce): ", line));
    }
}
