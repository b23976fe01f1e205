using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Search.SearchApi;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary>
/// What people search for never reaches a log or the database by default; the opt-in analytics keep only counts of
/// zero-result queries and show only those searched at least k times.
/// </summary>
public sealed class SearchPrivacyTests
{
    private const string Canary = "quokkacanary";

    [Fact]
    public async Task Should_keep_search_text_out_of_every_log_when_logging_everything()
    {
        var logs = new CapturingLoggerProvider();
        // Request logging is at Warning in the shipped settings; turned back down to Trace here, as an operator might.
        using var host = new CmsTestHost(
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace" },
            configure: b => b.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        using var reader = host.Anonymous();

        await SearchAsync(reader, $"{Canary} he hits me");
        await SearchAsync(reader, $"{Canary}nothing", "&type=Faq&first=3");
        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await reader.GetAsync($"/api/search?q={Canary}&first=0"), "first");
        await HttpAssert.ProblemAsync(HttpStatusCode.Unauthorized, await reader.GetAsync($"/api/search?q={Canary}&scope=editorial"));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/API/Search/?q={Canary}"));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content?q=controlwombat"));

        var entries = logs.Entries;
        Assert.Contains(entries, e => e.Contains("Request starting", StringComparison.Ordinal) && e.Contains("/api/search", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Contains("/api/content?q=controlwombat", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains(Canary, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Should_store_nothing_of_a_search_when_analytics_are_off()
    {
        using var host = new CmsTestHost();
        using var reader = host.Anonymous();

        await SearchAsync(reader, $"{Canary} nowhere to be found");
        await SearchAsync(reader, $"{Canary} he hits me");

        Assert.False(DataFolderContains(host, Canary));
        Assert.Equal(0, CountZeroResultRows(host));
        Assert.False(File.Exists(Path.Combine(host.DataPath, "search-analytics.key")));
    }

    [Fact]
    public async Task Should_show_a_zero_result_query_only_when_it_was_searched_at_least_k_times()
    {
        using var host = new CmsTestHost(settings: new Dictionary<string, string?> { ["Cms:Search:Analytics:Enabled"] = "true", ["Cms:Search:Analytics:MinimumCount"] = "3" });
        using var reader = host.Anonymous();
        using var admin = await host.AdminAsync();

        await SearchAsync(reader, "zyxwv quux");
        await SearchAsync(reader, "ZYXWV  Quux!");
        await SearchAsync(reader, "plugh");
        var belowK = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/search/zero-results"));
        var storedBelowK = DataFolderContains(host, "zyxwv");
        await SearchAsync(reader, "\"zyxwv\" quux");
        for (var i = 0; i < 3; i++)
        {
            await SearchAsync(reader, "xyzzy he hits me");
        }

        var atK = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/search/zero-results"));

        Assert.Empty(belowK.GetProperty("queries").EnumerateArray());
        Assert.False(storedBelowK);
        var query = Assert.Single(atK.GetProperty("queries").EnumerateArray());
        Assert.Equal("zyxwv quux", query.GetProperty("query").GetString());
        Assert.Equal(3, query.GetProperty("count").GetInt64());
        Assert.Equal(3, atK.GetProperty("minimumCount").GetInt32());
        Assert.Equal(2, CountZeroResultRows(host));
        Assert.False(DataFolderContains(host, "plugh"));
        Assert.False(DataFolderContains(host, "xyzzy"));
    }

    [Fact]
    public async Task Should_keep_zero_result_counts_from_readers_and_editors()
    {
        using var host = new CmsTestHost();
        using var reader = host.Anonymous();
        using var editor = await host.CreateUserAsync("editor.sam", "Editor");

        await HttpAssert.ProblemAsync(HttpStatusCode.Unauthorized, await reader.GetAsync("/api/search/zero-results"));
        await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, await editor.GetAsync("/api/search/zero-results"));
    }

    [Fact]
    public void Should_refuse_to_start_when_k_would_show_a_query_searched_once()
    {
        var dataPath = CmsTestHost.NewDataPath();
        try
        {
            var error = Assert.ThrowsAny<Exception>(() => new CmsTestHost(dataPath, new Dictionary<string, string?> { ["Cms:Search:Analytics:MinimumCount"] = "1" }));

            Assert.IsType<OptionsValidationException>(error.GetBaseException());
            Assert.Contains("MinimumCount", error.GetBaseException().Message);
        }
        finally
        {
            CmsTestHost.DeleteData(dataPath);
        }
    }

    // The raw bytes of every file in the data folder (database, WAL, keys, search index): text that is not there was never stored.
    private static bool DataFolderContains(CmsTestHost host, string text)
    {
        SqliteConnection.ClearAllPools();
        var needle = Encoding.UTF8.GetBytes(text);
        // The search index's lock file is held exclusively by the running node, and is empty.
        return Directory.EnumerateFiles(host.DataPath, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)).Any(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) >= 0;
        });
    }

    private static long CountZeroResultRows(CmsTestHost host)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataPath, "cms.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM search_zero_results";
        return (long)command.ExecuteScalar()!;
    }
}
