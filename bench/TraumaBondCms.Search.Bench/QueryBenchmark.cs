using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Search;

namespace TraumaBondCms.Search.Bench;

/// <summary>
/// Query latency per class: the search service (parse, synonyms, risk rules, catch-up check, ranking with facets over every
/// match, hydration from the database, snippets), the node's index alone (ranking, facets, the page's hits), and the raw
/// FTS5 baseline (top 10 with highlights and snippets). Sides alternate in two rounds so both share the machine's load.
/// </summary>
internal static class QueryBenchmark
{
    public static IReadOnlyList<(string Class, string[] Queries)> Queries(ArticleGenerator generator, List<string[]> bodies, int perClass, int seed)
    {
        var random = new Random(seed);
        string ContentWord(Func<string, bool>? accept = null)
        {
            while (true)
            {
                // Log-uniform over ranks 30..20,000: some common words, mostly the rarer words people search for.
                var rank = (int)Math.Exp(random.NextDouble() * (Math.Log(20_000) - Math.Log(30)) + Math.Log(30));
                var word = generator.WordAt(Math.Min(rank, generator.VocabularySize - 1));
                if (!StopWords.Contains(word) && (accept is null || accept(word)))
                {
                    return word;
                }
            }
        }

        string[] BodyWords() => bodies[random.Next(bodies.Count)].Select(SearchText.Fold).ToArray();

        string ThreeWords()
        {
            var words = BodyWords().Where(w => !StopWords.Contains(w)).Distinct().ToArray();
            return string.Join(' ', Enumerable.Range(0, 3).Select(_ => words[random.Next(words.Length)]).Distinct());
        }

        string Phrase()
        {
            var words = BodyWords();
            var at = random.Next(words.Length - 1);
            return $"\"{words[at]} {words[at + 1]}\"";
        }

        return
        [
            ("1-word", Enumerable.Range(0, perClass).Select(_ => ContentWord()).ToArray()),
            ("3-word", Enumerable.Range(0, perClass).Select(_ => ThreeWords()).ToArray()),
            ("phrase", Enumerable.Range(0, perClass).Select(_ => Phrase()).ToArray()),
            ("prefix", Enumerable.Range(0, perClass).Select(_ => ContentWord(w => w.Length >= 5)[..4] + "*").ToArray()),
        ];
    }

    public static void Run(IServiceProvider services, Fts5Baseline baseline, IReadOnlyList<(string Class, string[] Queries)> classes, Action<string> report)
    {
        var search = services.GetRequiredService<SearchService>();
        var engine = services.GetRequiredService<SearchIndexNode>().Engine!;
        report("");
        report("Query latency, a full first page (10 hits), public scope (targets: p50 < 5 ms and p99 < 20 ms for every class):");
        foreach (var (name, queries) in classes)
        {
            var ours = new Latency($"{name}: search service");
            var index = new Latency($"{name}: Lucene index alone");
            var raw = new Latency($"{name}: raw FTS5 + snippets");
            var hits = 0L;
            var totals = 0L;
            void Ours(string q)
            {
                var result = search.SearchAsync(new SearchInput { Query = q }, CmsActor.Anonymous).GetAwaiter().GetResult();
                hits += result.Hits.Count;
                totals += result.Total ?? 0;
            }

            void Index(string q) => engine.Search(new SearchRequest { Query = SearchQueryParser.Parse(q) });
            void Raw(string q) => baseline.Search(Fts5Baseline.Match(q));

            foreach (var q in queries.Take(20))
            {
                Ours(q);
                Index(q);
                Raw(q);
            }

            (hits, totals) = (0, 0);
            ours.Batch(queries, Ours);
            index.Batch(queries, Index);
            raw.Batch(queries, Raw);
            raw.Batch(queries, Raw);
            index.Batch(queries, Index);
            ours.Batch(queries, Ours);

            report($"  {ours}");
            report($"  {index}");
            report($"  {raw}");
            report($"  {name}: p50 ours/FTS5 {ours.P50 / raw.P50:0.00}, p99 ours/FTS5 {ours.P99 / raw.P99:0.00}, index/FTS5 {index.P99 / raw.P99:0.00}; "
                + $"cpu ours/FTS5 {ours.CpuMeanMilliseconds / raw.CpuMeanMilliseconds:0.00}; {hits / (double)ours.Count:0.0} hits and {totals / (double)ours.Count:N0} matches per query");
        }
    }
}
