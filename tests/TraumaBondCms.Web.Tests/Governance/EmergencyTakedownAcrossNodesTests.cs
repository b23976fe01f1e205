using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.GraphQL;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Media;
using static TraumaBondCms.Web.Tests.Media.MediaApi;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// Break 4 of issue 13, across nodes: an emergency unpublish on one node must stop the item being served by every other
/// node within 100 ms, over GraphQL, REST and search alike. Two CMS nodes on one PostgreSQL database; the periodic
/// snapshot recheck is set to ten minutes, so only the database's change notification can explain a prompt takedown. The
/// output shows each round of the reads after the takedown, and when it ended. An article's image (its file and its
/// variants) goes with it.
/// </summary>
public sealed class EmergencyTakedownAcrossNodesTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly (string Id, string Query)[] Items =
    [
        ("faq-what-is-intermittent-reinforcement", "intermittent reinforcement"),
        ("faq-trauma-bonding-vs-codependency", "codependency"),
        ("faq-what-is-a-safety-plan", "safety plan"),
        ("faq-how-can-i-tell-if-i-am-being-gaslit", "gaslit"),
        ("faq-why-do-i-miss-someone-who-hurt-me", "miss someone who hurt me"),
    ];

    [Fact]
    public async Task Should_stop_serving_an_item_on_the_other_node_within_100_ms_over_every_read_path_when_a_reviewer_takes_it_down()
    {
        // Search answers from the node's index as it is, without first waiting for the index to apply what other nodes
        // committed (that wait is read-your-writes for new content; SearchNodeTests measures the index): its hits are read
        // from the database, so an item taken down is dropped at once, whatever the index still holds.
        await using var cluster = await PostgresCluster.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Cms:GraphQL:SnapshotRecheckInterval"] = "00:10:00",
            ["Cms:Search:CatchUpBudget"] = "00:00:00",
        });
        using var reviewer = await cluster.Nodes[0].CreateUserAsync("dr.oncall", "ClinicalReviewer", Credential("LCSW", "ON-1", 2031));
        using var reader = cluster.Nodes[1].Anonymous();
        var delays = new List<TimeSpan>();

        foreach (var (id, query) in Items)
        {
            Assert.Equal((true, true, true), await ServedAsync(reader, id, query));
            Assert.Equal((true, true, true), await ServedAsync(reader, id, query));
            await TakeDownAsync(reviewer, id);
            delays.Add(await TimeUntilGoneAsync(id, "(GraphQL, REST, search)", async () => await ServedAsync(reader, id, query), (false, false, false)));
        }

        AssertMedianUnder100Ms("takedown", delays);
    }

    [Fact]
    public async Task Should_stop_serving_an_articles_image_on_the_other_node_within_100_ms_when_a_reviewer_takes_the_article_down()
    {
        // The nodes share one bucket (s3rver), as nodes serving media must.
        using var s3 = await S3TestServer.StartAsync();
        var settings = new Dictionary<string, string?>(s3.Settings("site/")) { ["Cms:GraphQL:SnapshotRecheckInterval"] = "00:10:00" };
        await using var cluster = await PostgresCluster.StartAsync(settings: settings);
        var (editor, reviewer, _) = await PublishAttempts.NodeTeamAsync(cluster, "images");
        using var reader = cluster.Nodes[1].Anonymous();
        var delays = new List<TimeSpan>();

        for (var i = 0; i < 5; i++)
        {
            var asset = await UploadNewAsync(editor, TestImages.Jpeg(320, 240, 500 + i), $"cycle-{i}.jpg");
            var sha = asset.GetProperty("sha256").GetString()!;
            var id = await DraftArticleAsync(editor, $"The cycle, part {i + 1}", Use(asset, "Four arrows in a circle: tension, incident, making up, calm."));
            await MustAsync(editor, id, "submit");
            await ApproveAsync(reviewer, "dr.images", id);
            await MustAsync(editor, id, "publish");
            // The other node serves the file and a variant it made and cached itself; readers' browsers and CDNs keep what
            // they fetched, which is why takedown also answers 404 to every new request at once.
            await Eventually.ValueAsync(async () => await ImageServedAsync(reader, sha) == (true, true) ? true : (bool?)null);
            await TakeDownAsync(reviewer, id);
            delays.Add(await TimeUntilGoneAsync(id, "(file, 320 px variant)", () => ImageServedAsync(reader, sha), (false, false)));
        }

        AssertMedianUnder100Ms("image takedown", delays);
    }

    private static async Task TakeDownAsync(HttpClient reviewer, string id)
    {
        var takedown = await reviewer.PostAsJsonAsync($"/api/content/{id}/workflow/emergencyUnpublish", new { reason = "Takedown drill across nodes." });
        Assert.True(takedown.IsSuccessStatusCode, await takedown.Content.ReadAsStringAsync());
    }

    // Reads the other node in rounds, right after the takedown, until it answers `gone`; prints each round and returns how long it took.
    private async Task<TimeSpan> TimeUntilGoneAsync<T>(string id, string what, Func<Task<T>> served, T gone)
    {
        var since = Stopwatch.StartNew();
        var rounds = new List<string>();
        while (true)
        {
            var asked = since.Elapsed;
            var answer = await served();
            rounds.Add(string.Create(CultureInfo.InvariantCulture, $"{asked.TotalMilliseconds:F0}-{since.Elapsed.TotalMilliseconds:F0} ms {answer}"));
            if (EqualityComparer<T>.Default.Equals(answer, gone))
            {
                break;
            }

            Assert.True(since.Elapsed < TimeSpan.FromSeconds(30), $"{id} still served by the other node after 30 s");
        }

        output.WriteLine($"{id}: {what} served? {string.Join("; ", rounds)}");
        return since.Elapsed;
    }

    private void AssertMedianUnder100Ms(string what, List<TimeSpan> delays)
    {
        var median = delays.Order().ElementAt(delays.Count / 2);
        var figures = string.Join(", ", delays.Select(d => d.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)));
        output.WriteLine($"{what} seen on the other node after {figures} ms (median {median.TotalMilliseconds:F1} ms)");
        Assert.True(median < TimeSpan.FromMilliseconds(100), $"median {what} on the other node {median.TotalMilliseconds:F0} ms ({figures} ms)");
    }

    // Whether the other node still gives anonymous readers an image's file and its 320 px WebP variant.
    private static async Task<(bool File, bool Variant)> ImageServedAsync(HttpClient reader, string sha256)
    {
        var file = reader.GetAsync($"/media/{sha256}.jpg");
        var variant = reader.GetAsync($"/media/{sha256}/320.webp");
        await Task.WhenAll(file, variant);
        return ((await file).StatusCode == HttpStatusCode.OK, (await variant).StatusCode == HttpStatusCode.OK);
    }

    // Whether the other node still serves the item: over GraphQL, over REST, and in public search, asked at the same time.
    private static async Task<(bool GraphQL, bool RestApi, bool Search)> ServedAsync(HttpClient reader, string id, string query)
    {
        var graphQL = reader.GraphQLAsync("query($id: ID!) { faq(id: $id) { id } }", new { id });
        var rest = reader.GetAsync($"/api/content/{id}");
        var search = reader.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}&type=Faq");
        await Task.WhenAll(graphQL, rest, search);
        var hits = await HttpAssert.StatusAsync(HttpStatusCode.OK, await search);
        return (
            (await graphQL).Ok().GetProperty("faq").ValueKind == System.Text.Json.JsonValueKind.Object,
            (await rest).StatusCode == HttpStatusCode.OK,
            hits.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("contentItemId").GetString() == id));
    }
}
