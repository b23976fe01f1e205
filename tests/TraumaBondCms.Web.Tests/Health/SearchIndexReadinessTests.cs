using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Web.Search;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Search.SearchApi;

namespace TraumaBondCms.Web.Tests.Health;

/// <summary>
/// Readiness follows this node's real search index (<see cref="SearchIndexNode"/>): a change it has not applied shows as
/// lag, a node whose index falls behind further than <c>Cms:Health:MaxSearchIndexLag</c> is not ready (why, only
/// administrators see), and it is ready again once it has caught up.
/// </summary>
public sealed class SearchIndexReadinessTests
{
    private const string Bound = "00:00:01";

    [Fact]
    public async Task Should_show_a_write_from_another_process_as_lag_and_turn_unready_past_the_bound_until_the_node_catches_up()
    {
        var settings = WriteElsewhere.Settings;
        settings["Cms:Health:MaxSearchIndexLag"] = Bound;
        settings["Cms:Search:CatchUpBudget"] = "00:00:00";
        using var host = new CmsTestHost(settings: settings);
        using var anonymous = host.Anonymous();
        using var admin = await host.AdminAsync();
        using var editor = await host.CreateUserAsync("editor.lag", "Editor");
        var node = host.Services.GetRequiredService<SearchIndexNode>();
        var ready = await ReadyAsync(admin, HttpStatusCode.OK);

        await WriteElsewhere.PublishTopicAsync(host.DataPath, "topic-written-elsewhere", "Quillwort meadows", "Written by another process on the same database.");
        var behind = await node.MeasureAsync();
        var notReady = await Eventually.ValueAsync(async () => await anonymous.GetAsync("/healthz/ready") is { StatusCode: HttpStatusCode.ServiceUnavailable } r ? await HttpAssert.JsonAsync(r) : (JsonElement?)null);
        var detail = await ReadyAsync(admin, HttpStatusCode.ServiceUnavailable);
        var editorView = await HttpAssert.StatusAsync(HttpStatusCode.ServiceUnavailable, await editor.GetAsync("/healthz/ready"));
        var staleSearch = Ids(await SearchAsync(anonymous, "quillwort"));
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/content", new NewContent("Topic", new { title = "Written on this node", description = "Its commit wakes the follower." })));
        var back = await Eventually.ValueAsync(async () => await anonymous.GetAsync("/healthz/ready") is { StatusCode: HttpStatusCode.OK } r ? await HttpAssert.JsonAsync(r) : (JsonElement?)null);
        var caughtUp = await node.MeasureAsync();
        var found = Ids(await SearchAsync(anonymous, "quillwort"));

        Assert.StartsWith("0 change(s) waiting", SearchCheck(ready).GetProperty("detail").GetString());
        Assert.True(behind.Entries >= 2, behind.ToString());
        Assert.Equal("NotReady", notReady.GetProperty("status").GetString());
        Assert.False(notReady.TryGetProperty("checks", out _));
        Assert.False(editorView.TryGetProperty("checks", out _));
        Assert.False(SearchCheck(detail).GetProperty("ready").GetBoolean());
        Assert.Matches(@"^\d+ change\(s\) waiting, oldest \d+(\.\d+)? s \(bound 1 s\)$", SearchCheck(detail).GetProperty("detail").GetString());
        Assert.True(detail.GetProperty("checks").GetProperty("database").GetProperty("ready").GetBoolean());
        Assert.Empty(staleSearch);
        Assert.Equal("Ready", back.GetProperty("status").GetString());
        Assert.Equal(SearchIndexLag.CaughtUp, caughtUp);
        Assert.Equal(["topic-written-elsewhere"], found);
    }

    [Fact]
    public async Task Should_turn_a_node_unready_when_its_index_stops_following_while_the_other_node_stays_ready()
    {
        await using var cluster = await PostgresCluster.StartAsync(settings: new Dictionary<string, string?> { ["Cms:Health:MaxSearchIndexLag"] = Bound });
        var (writer, stopped) = (cluster.Nodes[0], cluster.Nodes[1]);
        using var admin = await writer.AdminAsync();
        using var stoppedAdmin = await stopped.AdminAsync();
        using var stoppedProbe = stopped.Anonymous();
        await ReadyAsync(stoppedAdmin, HttpStatusCode.OK);

        await stopped.Services.GetServices<IHostedService>().OfType<SearchIndexFollower>().Single().StopAsync(CancellationToken.None);
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/content", new NewContent("Topic", new { title = "Written while the other node stopped", description = "Its index never applies this." })));
        var lag = await stopped.Services.GetRequiredService<ISearchIndexLag>().MeasureAsync();
        var unready = await Eventually.ValueAsync(async () => await stoppedProbe.GetAsync("/healthz/ready") is { StatusCode: HttpStatusCode.ServiceUnavailable } r ? await HttpAssert.JsonAsync(r) : (JsonElement?)null);
        var detail = await ReadyAsync(stoppedAdmin, HttpStatusCode.ServiceUnavailable);
        var writerDetail = await ReadyAsync(admin, HttpStatusCode.OK);

        Assert.Equal(1, lag.Entries);
        Assert.Equal("NotReady", unready.GetProperty("status").GetString());
        Assert.False(unready.TryGetProperty("checks", out _));
        Assert.StartsWith("1 change(s) waiting, oldest ", SearchCheck(detail).GetProperty("detail").GetString());
        Assert.False(SearchCheck(detail).GetProperty("ready").GetBoolean());
        Assert.StartsWith("0 change(s) waiting", SearchCheck(writerDetail).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Should_be_unready_saying_why_when_another_server_holds_this_data_folders_index()
    {
        using var first = new CmsTestHost();
        using var second = new CmsTestHost(dataPath: first.DataPath) { KeepData = true };
        using var admin = await second.AdminAsync();
        using var firstProbe = first.Anonymous();

        var detail = await ReadyAsync(admin, HttpStatusCode.ServiceUnavailable);
        var firstReady = await firstProbe.GetAsync("/healthz/ready");

        Assert.False(SearchCheck(detail).GetProperty("ready").GetBoolean());
        Assert.Contains("could not be opened", SearchCheck(detail).GetProperty("detail").GetString());
        Assert.Contains("open in another process", SearchCheck(detail).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, firstReady.StatusCode);
    }

    private static async Task<JsonElement> ReadyAsync(HttpClient admin, HttpStatusCode expected) =>
        await HttpAssert.StatusAsync(expected, await admin.GetAsync("/healthz/ready"));

    private static JsonElement SearchCheck(JsonElement readiness) => readiness.GetProperty("checks").GetProperty("searchIndex");
}
