using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Search;

namespace TraumaBondCms.Search.Bench;

/// <summary>
/// Query latency of the search service (parse, synonyms, crisis check, ranking, facets, tiers, snippets, item summaries)
/// beside the same queries sent straight to FTS5 as <c>MATCH</c> statements, prepared once: the top 10 by the same BM25
/// weights, without and with the same highlight and snippet columns. Runs alternate so both sides share the machine's load.
/// </summary>
internal static class QueryBenchmark
{
    private const string RankClause = "rank MATCH 'bm25(20.0, 4.0, 2.0, 1.0)'";

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

        string[] BodyWords()
        {
            var body = bodies[random.Next(bodies.Count)];
            return body.Select(SearchText.Fold).ToArray();
        }

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

    public static void Run(IServiceProvider services, string databasePath, IReadOnlyList<(string Class, string[] Queries)> classes, Action<string> report)
    {
        var search = services.GetRequiredService<SearchService>();
        var store = services.GetRequiredService<ICmsStore>();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var rank = Prepare(connection, $"SELECT rowid FROM search_public WHERE search_public MATCH $q AND {RankClause} ORDER BY rank LIMIT 10");
        using var snippets = Prepare(connection, $"""
            SELECT rowid, highlight(search_public, 0, '[', ']'), highlight(search_public, 1, '[', ']'),
                   snippet(search_public, 2, '[', ']', '…', 40), snippet(search_public, 3, '[', ']', '…', 24)
            FROM search_public WHERE search_public MATCH $q AND {RankClause} ORDER BY rank LIMIT 10
            """);

        report("");
        report("Query latency, 10 hits per page, public index (our p99 target: at most 1.5 × raw FTS5 and under 20 ms):");
        foreach (var (name, queries) in classes)
        {
            var ours = new Latency($"{name}: search service");
            var raw = new Latency($"{name}: raw FTS5 MATCH");
            var rawSnippets = new Latency($"{name}: raw FTS5 + snippets");
            var index = new Latency($"{name}: index, every word only");
            var hits = 0L;
            void Ours(string q) => hits += search.SearchAsync(new SearchInput { Query = q }, CmsActor.Anonymous).GetAwaiter().GetResult().Hits.Count;
            void Raw(string q) => Read(rank, q);
            void RawSnippets(string q) => Read(snippets, q);
            void Index(string q)
            {
                var session = store.OpenReadAsync().GetAwaiter().GetResult();
                try
                {
                    session.Search.SearchAsync(new SearchRequest { Query = SearchQueryParser.Parse(q) }).GetAwaiter().GetResult();
                }
                finally
                {
                    session.DisposeAsync().AsTask().GetAwaiter().GetResult();
                }
            }

            // Warm caches and the JIT on both sides, then alternate the order of the sides between two rounds.
            foreach (var q in queries.Take(20))
            {
                Ours(q);
                Raw(q);
                RawSnippets(q);
                Index(q);
            }

            hits = 0;
            ours.Batch(queries, Ours);
            index.Batch(queries, Index);
            raw.Batch(queries, Raw);
            rawSnippets.Batch(queries, RawSnippets);
            rawSnippets.Batch(queries, RawSnippets);
            raw.Batch(queries, Raw);
            index.Batch(queries, Index);
            ours.Batch(queries, Ours);

            report($"  {ours}");
            report($"  {index}");
            report($"  {raw}");
            report($"  {rawSnippets}");
            report($"  {name}: ratio p99 ours/raw {ours.P99 / raw.P99:0.00}, ours/raw+snippets {ours.P99 / rawSnippets.P99:0.00}, index/raw+snippets {index.P99 / rawSnippets.P99:0.00}; "
                + $"cpu ours/raw {ours.CpuMeanMilliseconds / raw.CpuMeanMilliseconds:0.00}, ours/raw+snippets {ours.CpuMeanMilliseconds / rawSnippets.CpuMeanMilliseconds:0.00}; "
                + $"{hits / (double)ours.Count:0.0} hits per query");
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$q", SqliteType.Text);
        command.Prepare();
        return command;
    }

    private static void Read(SqliteCommand command, string query)
    {
        command.Parameters[0].Value = query;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }
        }
    }
}
