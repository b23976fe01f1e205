using TraumaBondCms.Core.Search;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Data.Sql;

namespace TraumaBondCms.Data.Sqlite;

/// <summary>
/// The SQLite search index: two FTS5 tables (<c>search_public</c>, <c>search_editorial</c>) with external content in
/// <c>search_documents</c>, tokenized <c>porter unicode61 remove_diacritics 2</c> (stemming, case and accent folding), ranked
/// by BM25 with field weights title 20, tags 4, summary 2, body 1; snippets from FTS5's <c>highlight</c> and <c>snippet</c>.
/// Membership changes write FTS5 insert and delete records in the content transaction.
/// </summary>
public sealed class Fts5SearchIndex(SqlRunner sql) : SqlSearchIndex(sql)
{
    /// <summary>The BM25 weights of the title, tags, summary and body columns.</summary>
    // Tuned on the judged queries of the relevance tests: topic titles in the tags field must not outweigh a title.
    public const string Weights = "20.0, 4.0, 2.0, 1.0";

    /// <summary>The FTS5 table of a scope.</summary>
    public static string TableOf(SearchScope scope) => scope == SearchScope.Public ? "search_public" : "search_editorial";

    /// <inheritdoc />
    private protected override string MatchSource(SearchScope scope, SearchQuery query, bool withScore, SearchParameters parameters)
    {
        var table = TableOf(scope);
        var score = withScore ? $", -bm25({table}, {Weights}) AS score" : "";
        return $"SELECT rowid AS doc_id{score} FROM {table} WHERE {table} MATCH {parameters.Add(Fts5QueryRenderer.Render(query))}";
    }

    /// <inheritdoc />
    // Title and tags are short: highlighted whole. Summary and body become snippets of about 40 and 24 words. FTS5 looks
    // each page document up by rowid, which costs little for words and phrases; a prefix, though, is expanded to all its
    // words again for every lookup, so with a prefix the matches are scanned once and the page's documents picked out.
    private protected override string MarkSource(SearchScope scope, SearchQuery query, IReadOnlyList<long> documentIds, SearchParameters parameters)
    {
        var table = TableOf(scope);
        var (start, end) = (parameters.Add(SearchHighlight.Start.ToString()), parameters.Add(SearchHighlight.End.ToString()));
        var columns = $"""
            f.rowid AS doc_id, highlight({table}, 0, {start}, {end}) AS t, highlight({table}, 1, {start}, {end}) AS g,
                   snippet({table}, 2, {start}, {end}, '…', 40) AS s, snippet({table}, 3, {start}, {end}, '…', 24) AS b
            """;
        var match = parameters.Add(Fts5QueryRenderer.Render(query));
        if (query.Required.SelectMany(r => r.Leaves).Any(l => l is SearchTerm { Prefix: true }))
        {
            // CROSS JOIN fixes the order in SQLite: the full-text scan outside, the page inside.
            var page = string.Join(", ", documentIds.Select(id => $"({parameters.Add(id)})"));
            return $"WITH page (id) AS (VALUES {page}) SELECT {columns} FROM {table} f CROSS JOIN page p WHERE {table} MATCH {match} AND p.id = f.rowid";
        }

        return $"SELECT {columns} FROM {table} f WHERE {table} MATCH {match} AND f.rowid IN ({parameters.AddList(documentIds)})";
    }

    /// <inheritdoc />
    protected override async Task JoinAsync(SearchScope scope, long documentId, CancellationToken cancellationToken) =>
        await Sql.ExecuteAsync(
            $"INSERT INTO {TableOf(scope)} (rowid, title, tags, summary, body) SELECT doc_id, title, tags, summary, body FROM search_documents WHERE doc_id = @id",
            cancellationToken,
            ("@id", documentId));

    /// <inheritdoc />
    // An external-content FTS5 table forgets a row only when told exactly what it indexed: the stored values, unchanged.
    protected override async Task LeaveAsync(SearchScope scope, long documentId, CancellationToken cancellationToken) =>
        await Sql.ExecuteAsync(
            $"INSERT INTO {TableOf(scope)} ({TableOf(scope)}, rowid, title, tags, summary, body) SELECT 'delete', doc_id, title, tags, summary, body FROM search_documents WHERE doc_id = @id",
            cancellationToken,
            ("@id", documentId));

    /// <inheritdoc />
    protected override async Task ClearAsync(CancellationToken cancellationToken)
    {
        foreach (var scope in new[] { SearchScope.Public, SearchScope.Editorial })
        {
            await Sql.ExecuteAsync($"INSERT INTO {TableOf(scope)} ({TableOf(scope)}) VALUES ('delete-all')", cancellationToken);
        }
    }

    /// <inheritdoc />
    protected override async Task FillAsync(CancellationToken cancellationToken)
    {
        foreach (var scope in new[] { SearchScope.Public, SearchScope.Editorial })
        {
            await Sql.ExecuteAsync(
                $"INSERT INTO {TableOf(scope)} (rowid, title, tags, summary, body) SELECT doc_id, title, tags, summary, body FROM search_documents WHERE {FlagColumn(scope)} ORDER BY doc_id",
                cancellationToken);
        }
    }
}
