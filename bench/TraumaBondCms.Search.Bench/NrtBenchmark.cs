using System.Diagnostics;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Search.Bench;

/// <summary>
/// Near-real-time visibility: one published document's text is replaced with a new word in a committed transaction, as an
/// edit through the content path does, and the time until this node's index (following the log, woken by the commit
/// signal) finds the word is measured, one update after another.
/// </summary>
internal static class NrtBenchmark
{
    public static async Task RunAsync(ICmsStore store, SearchIndexNode node, int updates, Action<string> report)
    {
        using var following = new CancellationTokenSource();
        var follower = Task.Run(() => node.FollowAsync(null, following.Token));
        var latency = new Latency("NRT: commit to searchable");
        var times = new List<double>();
        for (var i = 0; i < updates; i++)
        {
            var word = $"nrtword{i}x";
            var watch = Stopwatch.StartNew();
            await using (var session = await store.BeginWriteAsync())
            {
                var version = (await session.Content.GetAsync($"bench-{i * 37 % 1000}", VersionSelector.Published))!;
                await session.Search.PutDocumentAsync(version.ContentItemVersionId, new SearchDocument { Title = version.DisplayText + " " + word, Body = "Updated." });
                await session.CommitAsync();
            }

            var query = new SearchRequest { Query = SearchQueryParser.Parse(word), IncludeFacets = false };
            while (node.Engine!.Search(query).Total == 0)
            {
                await Task.Yield();
            }

            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        await following.CancelAsync();
        await follower;
        latency.Batch(times, _ => { });
        var sorted = times.Order().ToArray();
        report($"NRT visibility over {updates} updates (commit of the edit to a refreshed searcher finding it): p50 {sorted[sorted.Length / 2]:0.0} ms, p99 {sorted[(int)Math.Ceiling(sorted.Length * 0.99) - 1]:0.0} ms, max {sorted[^1]:0.0} ms");
    }
}
