using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static TraumaBondCms.Web.Tests.Search.SearchApi;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary>
/// Each node keeps its own index, fed from the database's change log: two nodes on one PostgreSQL database see each other's
/// publishing and takedowns within 100 ms (median) through the follower alone (searches here do not wait for it), and a node killed
/// with SIGKILL in the middle of applying a bulk import answers, once restarted, exactly as a rebuild does.
/// </summary>
public sealed class SearchNodeTests(ITestOutputHelper output)
{
    // Searches answer from the index as it is: only the follower can explain what the other node finds.
    private static readonly Dictionary<string, string?> NoWaiting = new() { ["Cms:Search:CatchUpBudget"] = "00:00:00" };

    [Fact]
    public async Task Should_find_on_one_node_within_100_ms_what_another_node_publishes_and_drop_what_it_takes_down()
    {
        await using var cluster = await PostgresCluster.StartAsync(settings: NoWaiting);
        using var admin = await cluster.Nodes[0].AdminAsync();
        using var reader = cluster.Nodes[1].Anonymous();
        var published = new List<TimeSpan>();
        var unpublished = new List<TimeSpan>();

        for (var i = 0; i < 5; i++)
        {
            var word = $"zephyrine{(char)('a' + i)}";
            var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/content", new NewContent("Topic", new { title = $"Topic {word}", description = "A topic made on the first node." })));
            var id = created.GetProperty("contentItemId").GetString()!;
            Assert.Empty(Ids(await SearchAsync(reader, word)));

            // Topics are reviewed (issue 13): the harness's reviewer signs, then the first node publishes.
            await cluster.Nodes[0].PublishThroughReviewAsync(admin, id);
            published.Add(await UntilAsync(async () => Ids(await SearchAsync(reader, word)).Contains(id)));
            await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PostAsJsonAsync($"/api/content/{id}/unpublish", new { reason = "takedown test" }));
            unpublished.Add(await UntilAsync(async () => !Ids(await SearchAsync(reader, word)).Contains(id)));
        }

        var emergency = new List<TimeSpan>();
        foreach (var (id, query) in new[] { ("faq-what-is-a-safety-plan", "safety plan"), ("faq-how-can-i-tell-if-i-am-being-gaslit", "gaslit") })
        {
            Assert.Contains(id, Ids(await SearchAsync(reader, query)));
            await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PostAsJsonAsync($"/api/content/{id}/workflow/emergencyUnpublish", new { reason = "A helpline number in it is wrong." }));
            emergency.Add(await UntilAsync(async () => !Ids(await SearchAsync(reader, query)).Contains(id)));
        }

        output.WriteLine($"visible on the other node after publish: {Show(published)}; gone after unpublish: {Show(unpublished)}; after emergency unpublish: {Show(emergency)}");
        // The median holds the 100 ms line; a single slow sample on a machine shared with other work (printed above) is allowed,
        // a slow node is not.
        var all = published.Concat(unpublished).Concat(emergency).Order().ToArray();
        Assert.True(all[all.Length / 2] < TimeSpan.FromMilliseconds(100), $"median {all[all.Length / 2].TotalMilliseconds:0} ms");
        Assert.True(all[^1] < TimeSpan.FromSeconds(1), $"slowest {all[^1].TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task Should_answer_as_a_rebuild_does_when_the_server_is_killed_during_a_bulk_import()
    {
        string dataPath;
        using (var setup = new CmsTestHost { KeepData = true })
        {
            dataPath = setup.DataPath;
        }

        var recipe = Path.Combine(dataPath, "bulk.recipe.json");
        await File.WriteAllTextAsync(recipe, BulkRecipe(3000));
        var port = FreePort();
        using (var server = CliProcess.Start(dataPath, $"--urls=http://127.0.0.1:{port}"))
        {
            _ = server.StandardOutput.ReadToEndAsync();
            _ = server.StandardError.ReadToEndAsync();
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await UntilAsync(async () => (await TryGetAsync(http, "/healthz")) == HttpStatusCode.OK, TimeSpan.FromSeconds(60));

            // A bulk import killed half-way commits nothing; the one that completes is still being applied when the server dies.
            using (var killed = CliProcess.Start(dataPath, "recipe", "run", recipe))
            {
                _ = killed.StandardOutput.ReadToEndAsync();
                await Task.Delay(TimeSpan.FromSeconds(2));
                killed.Kill(entireProcessTree: true);
            }

            var run = await CliProcess.RunAsync(dataPath, null, "recipe", "run", recipe);
            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        try
        {
            using var restarted = new CmsTestHost(dataPath);
            var afterRestart = await AnswersAsync(restarted);
            await restarted.Services.GetRequiredService<SearchIndexNode>().RebuildAsync();
            var afterRebuild = await AnswersAsync(restarted);

            Assert.Equal(afterRebuild, afterRestart);
            Assert.Contains("3000", afterRestart[0]);
        }
        finally
        {
            CmsTestHost.DeleteData(dataPath);
        }
    }

    // Hits (ids, order, partial flags, snippets), totals and facets; scores are left out: a rebuilt index has other statistics.
    private static async Task<List<string>> AnswersAsync(CmsTestHost host)
    {
        using var reader = host.Anonymous();
        var answers = new List<string>();
        foreach (var query in new[] { "bulk", "bulk topic 1234", "\"bulk topic\"", "quartz", "abuse", "no contact" })
        {
            var result = await SearchAsync(reader, query, "&first=50");
            answers.Add($"total={result.GetProperty("total").GetInt32()} "
                + string.Join(",", Facets(result, "contentTypes")) + " " + string.Join(",", Facets(result, "topics")) + " "
                + string.Join("|", result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("contentItemId").GetString() + (h.TryGetProperty("partial", out _) ? "~" : ""))));
        }

        return answers;
    }

    private static string BulkRecipe(int count)
    {
        var words = new[] { "quartz", "meadow", "lantern", "harbor", "willow", "ember", "canyon", "orchid" };
        var items = Enumerable.Range(0, count).Select(i => new
        {
            contentItemId = $"topic-bulk-{i}",
            contentType = "Topic",
            published = true,
            fields = new { title = $"Bulk topic {i}", slug = $"bulk-topic-{i}", description = $"A bulk topic about {words[i % words.Length]} and {words[(i / 8) % words.Length]}, number {i}." },
        });
        // Published as unreviewed samples (allowed in the test hosts' environment): what is measured is indexing, not review.
        return JsonSerializer.Serialize(new { name = "bulk", steps = new object[] { new { name = "Content", sample = true, items } } });
    }

    private static async Task<TimeSpan> UntilAsync(Func<Task<bool>> condition, TimeSpan? limit = null)
    {
        var since = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(since.Elapsed < (limit ?? TimeSpan.FromSeconds(30)), "The condition did not hold in time.");
        }

        return since.Elapsed;
    }

    private static async Task<HttpStatusCode?> TryGetAsync(HttpClient http, string path)
    {
        try
        {
            return (await http.GetAsync(path)).StatusCode;
        }
        catch (HttpRequestException)
        {
            await Task.Delay(100);
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Show(IEnumerable<TimeSpan> delays) =>
        string.Join(", ", delays.Select(d => d.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture))) + " ms";
}
