using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace TraumaBondCms.Search.Bench;

/// <summary>
/// The baseline, in this bench only: the same documents in a raw FTS5 table of a SQLite 3.53 database of its own
/// (English stemming and diacritics folding, as the CMS had), filled 500 per transaction, and searched with prepared
/// <c>MATCH</c> statements: the top 10 by BM25 with the CMS's field weights, with highlights of title and tags and snippets
/// of summary and body.
/// </summary>
internal sealed class Fts5Baseline : IDisposable
{
    private const string RankClause = "rank MATCH 'bm25(20.0, 4.0, 2.0, 1.0)'";

    private readonly SqliteConnection _connection;
    private SqliteCommand? _page;

    private Fts5Baseline(SqliteConnection connection) => _connection = connection;

    /// <summary>The SQLite version the baseline runs on.</summary>
    public string Version => _connection.ServerVersion;

    public static Fts5Baseline Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        Execute(connection, "CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5 (title, tags, summary, body, tokenize = 'porter unicode61 remove_diacritics 2')");
        return new Fts5Baseline(connection);
    }

    /// <summary>Inserts the documents, 500 per transaction; returns documents per second.</summary>
    public double Index(IEnumerable<(string Title, string Tags, string Summary, string Body)> documents)
    {
        var watch = Stopwatch.StartNew();
        var count = 0;
        SqliteTransaction? transaction = null;
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs (title, tags, summary, body) VALUES ($t, $g, $s, $b)";
        var parameters = new[] { "$t", "$g", "$s", "$b" }.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        foreach (var (title, tags, summary, body) in documents)
        {
            if (count % 500 == 0)
            {
                transaction?.Commit();
                transaction?.Dispose();
                transaction = _connection.BeginTransaction();
                insert.Transaction = transaction;
            }

            (parameters[0].Value, parameters[1].Value, parameters[2].Value, parameters[3].Value) = (title, tags, summary, body);
            insert.ExecuteNonQuery();
            count++;
        }

        transaction?.Commit();
        transaction?.Dispose();
        return count / watch.Elapsed.TotalSeconds;
    }

    /// <summary>One page: the top 10 with highlights and snippets.</summary>
    public int Search(string match)
    {
        _page ??= Prepare($"""
            SELECT rowid, highlight(docs, 0, '[', ']'), highlight(docs, 1, '[', ']'),
                   snippet(docs, 2, '[', ']', '…', 40), snippet(docs, 3, '[', ']', '…', 24)
            FROM docs WHERE docs MATCH $q AND {RankClause} ORDER BY rank LIMIT 10
            """);
        _page.Parameters[0].Value = match;
        using var reader = _page.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }

            rows++;
        }

        return rows;
    }

    /// <summary>The FTS5 query for what a reader typed: each word quoted, a phrase quoted whole, a prefix with its star.</summary>
    public static string Match(string typed) =>
        typed.StartsWith('"') ? typed
        : typed.EndsWith('*') ? $"\"{typed.TrimEnd('*')}\"*"
        : string.Join(" ", typed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => $"\"{w}\""));

    public void Dispose()
    {
        _page?.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$q", SqliteType.Text);
        command.Prepare();
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
