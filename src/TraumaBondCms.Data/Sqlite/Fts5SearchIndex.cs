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


    private readonly List<QueuedWrite> _queue = [];
    private long _queuedCharacters;
    private (long Id, string[] Text)? _lastStored;

    /// <summary>
    /// How much text queued writes may hold before they are run part-way through the transaction: 16 M characters
    /// (about 32 MB, a thousand long articles) unless a test lowers it.
    /// </summary>
    internal long MaxQueuedCharacters { get; set; } = 16 * 1024 * 1024;

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
    protected override Task JoinAsync(IReadOnlyList<SearchScope> scopes, long documentId, CancellationToken cancellationToken) =>
        QueueAsync(scopes, documentId, delete: false, cancellationToken);

    /// <inheritdoc />
    // An external-content FTS5 table forgets a row only when told exactly what it indexed: the stored values, unchanged,
    // read now (before any update of the stored row) and kept with the queued write.
    protected override Task LeaveAsync(IReadOnlyList<SearchScope> scopes, long documentId, CancellationToken cancellationToken) =>
        QueueAsync(scopes, documentId, delete: true, cancellationToken);

    /// <inheritdoc />
    // The queued writes go in last, one after another. In SQLite 3.35 FTS5 writes its pending terms to disk as a new
    // segment whenever another statement of the transaction opens a statement savepoint (every content write with a
    // trigger does): interleaved with the content writes, every document became a segment of its own and merging them
    // was most of the cost of indexing. The stored text is bound as values: "INSERT INTO fts SELECT ... FROM
    // search_documents" costs about twice as much per document (bench/TraumaBondCms.Search.Bench).
    internal override async Task FlushAsync(CancellationToken cancellationToken)
    {
        var queued = _queue.ToArray();
        _queue.Clear();
        _queuedCharacters = 0;
        foreach (var write in queued)
        {
            var table = TableOf(write.Scope);
            await Sql.ExecuteAsync(
                write.Delete
                    ? $"INSERT INTO {table} ({table}, rowid, title, tags, summary, body) VALUES ('delete', @id, @title, @tags, @summary, @body)"
                    : $"INSERT INTO {table} (rowid, title, tags, summary, body) VALUES (@id, @title, @tags, @summary, @body)",
                cancellationToken,
                ("@id", write.DocumentId),
                ("@title", write.Text[0]),
                ("@tags", write.Text[1]),
                ("@summary", write.Text[2]),
                ("@body", write.Text[3]));
        }
    }

    /// <inheritdoc />
    protected override void Stored(long documentId, SearchDocument document) =>
        _lastStored = (documentId, [document.Title, document.Tags, document.Summary, document.Body]);

    private async Task QueueAsync(IReadOnlyList<SearchScope> scopes, long documentId, bool delete, CancellationToken cancellationToken)
    {
        if (scopes.Count == 0)
        {
            return;
        }

        // The document written last in this session is usually the one joining an index: its text is at hand.
        var text = _lastStored is { Id: var id, Text: var known } && id == documentId ? known : null;
        if (text is null)
        {
            var stored = await Sql.QueryAsync(
                "SELECT title, tags, summary, body FROM search_documents WHERE doc_id = @id",
                r => new[] { r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3) },
                cancellationToken,
                ("@id", documentId));
            if (stored is not [var row])
            {
                return;
            }

            text = row;
        }

        foreach (var scope in scopes)
        {
            _queue.Add(new QueuedWrite(scope, documentId, delete, text));
        }

        _queuedCharacters += text.Sum(t => (long)t.Length);

        // A bulk write (an import, a recipe) flushes as it goes rather than holding all of its text until the commit.
        if (_queuedCharacters > MaxQueuedCharacters)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    protected override async Task ClearAsync(CancellationToken cancellationToken)
    {
        // Emptied indexes are filled again from the stored flags: queued writes would only repeat them.
        _queue.Clear();
        _queuedCharacters = 0;
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

    private sealed record QueuedWrite(SearchScope Scope, long DocumentId, bool Delete, string[] Text);
}
