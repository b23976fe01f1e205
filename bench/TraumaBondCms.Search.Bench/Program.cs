using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Search.Bench;
using TraumaBondCms.Web.Content;

// dotnet run -c Release --project bench/TraumaBondCms.Search.Bench -- [MODE] [--docs N] [--queries N] [--data DIR] [--keep]
// index-and-query (default): 100,000 generated articles through the bulk content path while this node's Lucene index
//   follows the change log, beside raw FTS5 (SQLite 3.53) fed the same documents; then query latency of both, NRT
//   visibility and peak memory.
// query-only: query latency on the data an earlier run kept (--data DIR --keep).
// fuzz: 100,000 random and hostile queries against the seeded library, each within 50 ms.
// The mode is the first argument that is neither an option nor an option's value.
var mode = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal) || args[i - 1] == "--keep"))
    .FirstOrDefault() ?? "index-and-query";
int Option(string name, int fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;
var dataPath = args.SkipWhile(a => a != "--data").Skip(1).FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "tbcms-search-bench", Guid.NewGuid().ToString("N"));
void Report(string line) => Console.WriteLine(line);
string Load() => File.Exists("/proc/loadavg") ? "load " + string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load unknown";

Report($"TraumaBondCms search bench: {mode}, data in {dataPath}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {Load()}");
try
{
    await using var host = await BenchHost.StartAsync(dataPath);
    if (mode == "fuzz")
    {
        return FuzzRun.Run(host.Services, Option("--queries", 100_000), 50, Report);
    }

    var docs = Option("--docs", 100_000);
    var store = host.Services.GetRequiredService<ICmsStore>();
    var node = host.Services.GetRequiredService<SearchIndexNode>();
    await node.OpenAsync();
    var article = host.Services.GetRequiredService<ContentDefinitionCache>().Catalog.Get("Article");
    var seedWords = SeedVocabulary.Load();
    var generator = new ArticleGenerator(seedWords, 30_000, seed: 42);
    using var baseline = Fts5Baseline.Create(Path.Combine(dataPath, "fts5-baseline", "fts5.db"));
    List<string[]> bodies;
    if (mode == "query-only")
    {
        bodies = SampleBodies.Read(Path.Combine(dataPath, "cms.db"), 500);
    }
    else
    {
        Report($"Indexing {docs:N0} articles through the bulk content path ({IndexingBenchmark.BatchSize} per transaction), this node's index following the change log:");
        using var following = new CancellationTokenSource();
        var follower = Task.Run(() => node.FollowAsync(e => Report($"  follower: {e.GetType().Name}: {e.Message}"), following.Token));
        var watch = Stopwatch.StartNew();
        var indexed = await IndexingBenchmark.RunAsync(store, article, generator, docs, withSearch: true, Report);
        var written = watch.Elapsed;
        long last;
        await using (var session = await store.OpenReadAsync())
        {
            last = (await session.Search.GetChangesAsync(long.MaxValue, 0)).LastSequence;
        }

        await node.WaitForAsync(last, TimeSpan.FromHours(2));
        await following.CancelAsync();
        await follower;
        await node.CatchUpAsync();
        await node.CommitAsync();
        var ours = docs / watch.Elapsed.TotalSeconds;
        Report($"  written to the database in {written.TotalSeconds:0.0} s; searchable and committed in this node's index after {watch.Elapsed.TotalSeconds:0.0} s: {ours:N0} articles/s (target 2,500), {Load()}");
        Report($"  peak RSS so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB");

        var fts5 = baseline.Index(StoredDocuments.Read(Path.Combine(dataPath, "cms.db")));
        Report($"Raw FTS5 (SQLite {baseline.Version}) fed the same {docs:N0} documents, 500 per transaction: {fts5:N0} documents/s; ratio ours/FTS5 {ours / fts5:0.00}, {Load()}");
        Report($"Index on disk: Lucene {DirectorySize(Path.Combine(dataPath, "search-index")) / 1048576.0:N0} MiB, FTS5 {DirectorySize(Path.Combine(dataPath, "fts5-baseline")) / 1048576.0:N0} MiB, database {Directory.EnumerateFiles(dataPath, "cms.db*").Sum(f => new FileInfo(f).Length) / 1048576.0:N0} MiB");
        bodies = indexed.Bodies;
    }

    var classes = QueryBenchmark.Queries(generator, bodies, Option("--queries", 300), seed: 11);
    QueryBenchmark.Run(host.Services, baseline, classes, Report);
    await NrtBenchmark.RunAsync(store, node, Option("--updates", 200), Report);
    Report($"Peak RSS of the whole run: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB; {Load()}");
    return 0;
}
finally
{
    if (!args.Contains("--keep") && mode != "query-only")
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataPath, recursive: true);
    }
}

static long DirectorySize(string path) => Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;
