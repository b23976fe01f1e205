using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Data.Sqlite;
using TraumaBondCms.Search.Bench;
using TraumaBondCms.Web.Content;

// dotnet run -c Release --project bench/TraumaBondCms.Search.Bench -- [MODE] [--docs N] [--queries N] [--data DIR] [--keep]
// index-and-query (default): 100,000 generated articles, indexing throughput, then query latency beside raw FTS5.
// query-only: query latency on the database an earlier run kept (--data DIR --keep).
// fuzz: 100,000 random and hostile queries against the seeded library, each within 50 ms.
var mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "index-and-query";
int Option(string name, int fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;
var dataPath = args.SkipWhile(a => a != "--data").Skip(1).FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "tbcms-search-bench", Guid.NewGuid().ToString("N"));
void Report(string line) => Console.WriteLine(line);

Report($"TraumaBondCms search bench: {mode}, data in {dataPath}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
try
{
    await using var host = await BenchHost.StartAsync(dataPath);
    if (mode == "fuzz")
    {
        return FuzzRun.Run(host.Services, Option("--queries", 100_000), 50, Report);
    }

    var docs = Option("--docs", 100_000);
    var store = host.Services.GetRequiredService<ICmsStore>();
    var article = host.Services.GetRequiredService<ContentDefinitionCache>().Catalog.Get("Article");
    var seedWords = SeedVocabulary.Load();
    var generator = new ArticleGenerator(seedWords, 30_000, seed: 42);
    List<string[]> bodies;
    if (mode == "query-only")
    {
        // Queries against a database an earlier "index-and-query --keep" run left in --data.
        bodies = SampleBodies.Read(Path.Combine(dataPath, "cms.db"), 500);
    }
    else
    {
        // The store's cost without search, on 10,000 articles of the same kind in a database of its own, for comparison.
        var baseline = new SqliteCmsStore(Path.Combine(dataPath, "baseline", "cms.db"));
        await baseline.MigrateAsync();
        var plain = await IndexingBenchmark.RunAsync(baseline, article, new ArticleGenerator(seedWords, 30_000, seed: 7), Math.Min(docs, 10_000), withSearch: false, _ => { });
        Report($"Store without search documents: {plain.StorePerSecond:N0} articles/s in the store ({plain.PerSecond:N0}/s with text generation), 10,000 articles.");

        Report($"Indexing {docs:N0} articles (create + publish: editorial and public index, {IndexingBenchmark.BatchSize} per transaction):");
        var indexed = await IndexingBenchmark.RunAsync(store, article, generator, docs, withSearch: true, Report);
        Report($"Store with search: {indexed.StorePerSecond:N0} articles/s in the store ({indexed.PerSecond:N0}/s with text generation); {indexed.BuildMilliseconds:0.000} ms per article of it making the search document.");
        Report($"Search indexing alone (the difference): {1 / (1 / indexed.StorePerSecond - 1 / plain.StorePerSecond):N0} articles/s, i.e. {2 / (1 / indexed.StorePerSecond - 1 / plain.StorePerSecond):N0} index insertions/s; target 3,000 articles/s.");
        var rebuild = Stopwatch.StartNew();
        SearchIndexCounts counts;
        await using (var session = await store.BeginWriteAsync())
        {
            counts = await session.Search.RebuildAsync();
            await session.CommitAsync();
        }

        Report($"Rebuild of both indexes from the stored documents: {counts.Public + counts.Editorial:N0} documents in {rebuild.Elapsed.TotalSeconds:0.0} s, {(counts.Public + counts.Editorial) / rebuild.Elapsed.TotalSeconds:N0} documents/s.");
        var size = Directory.EnumerateFiles(dataPath, "cms.db*").Sum(f => new FileInfo(f).Length);
        Report($"Database: {size / 1024.0 / 1024.0:N0} MiB.");
        bodies = indexed.Bodies;
    }

    var classes = QueryBenchmark.Queries(generator, bodies, Option("--queries", 300), seed: 11);
    QueryBenchmark.Run(host.Services, Path.Combine(dataPath, "cms.db"), classes, Report);
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
