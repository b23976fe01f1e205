using System.Diagnostics;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.GraphQL;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Hosting;

/// <summary>
/// Two nodes on one PostgreSQL database: what one node takes down, the other stops serving within milliseconds,
/// through the database's change notifications rather than the periodic recheck (set here to ten minutes, so only a
/// notification can explain a prompt takedown).
/// </summary>
public sealed class StoreChangeListenerTests
{
    private const string ReadFaq = "query($id: ID!) { faq(id: $id) { id } }";

    private static readonly Dictionary<string, string?> NoPeriodicRecheck = new()
    {
        ["Cms:GraphQL:SnapshotRecheckInterval"] = "00:10:00",
    };

    [Fact]
    public async Task Should_stop_serving_an_item_on_the_other_node_within_100_ms_when_one_node_unpublishes_it()
    {
        await using var cluster = await PostgresCluster.StartAsync(settings: NoPeriodicRecheck);
        using var admin = await cluster.Nodes[0].AdminAsync();
        using var reader = cluster.Nodes[1].Anonymous();
        var delays = new List<TimeSpan>();

        foreach (var id in new[] { "faq-what-is-intermittent-reinforcement", "faq-trauma-bonding-vs-codependency", "faq-what-is-a-safety-plan" })
        {
            Assert.True(await ServedAsync(reader, id), $"{id} is served before the takedown");
            Assert.True(await ServedAsync(reader, id), $"{id} is served from the snapshot before the takedown");
            var unpublish = await admin.PostAsync($"/api/content/{id}/unpublish", JsonContent.Create(new { reason = "takedown test" }));
            Assert.True(unpublish.IsSuccessStatusCode, await unpublish.Content.ReadAsStringAsync());
            var since = Stopwatch.StartNew();
            while (await ServedAsync(reader, id))
            {
                Assert.True(since.Elapsed < TimeSpan.FromSeconds(30), $"{id} still served by the other node after 30 s");
            }

            delays.Add(since.Elapsed);
        }

        var median = delays.Order().ElementAt(delays.Count / 2);
        Assert.True(median < TimeSpan.FromMilliseconds(100), $"median takedown on the other node {median.TotalMilliseconds:F0} ms ({string.Join(", ", delays.Select(d => d.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms)");
    }

    private static async Task<bool> ServedAsync(HttpClient reader, string id)
    {
        var response = await reader.GraphQLAsync(ReadFaq, new { id });
        return response.Ok().GetProperty("faq").ValueKind == System.Text.Json.JsonValueKind.Object;
    }
}
