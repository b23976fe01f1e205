using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// A fingerprint of what a request could change in the SQLite database (row counts and a hash of each table's rows):
/// the content, user and site tables, or every table (<see cref="TakeAll"/>), to assert that a refused request changed nothing.
/// </summary>
public sealed record DatabaseSnapshot(IReadOnlyDictionary<string, string> Tables)
{
    private static readonly string[] Watched = ["content_items", "content_versions", "content_slugs", "content_field_index", "users", "roles", "settings", "content_types", "recipe_runs", "audit_log"];

    /// <summary>Reads the fingerprint of the database file in <paramref name="dataPath"/>.</summary>
    public static DatabaseSnapshot Take(string dataPath)
    {
        using var connection = Open(dataPath);
        return Take(connection, Watched);
    }

    /// <summary>
    /// Reads the fingerprint of every table of the database in <paramref name="dataPath"/> (a full dump, search index included)
    /// but the audit log, which refused requests may append to (see <see cref="AuditActionsAfter"/>), and its signed heads, which
    /// the server adds in the background as the log grows.
    /// </summary>
    public static DatabaseSnapshot TakeAll(string dataPath)
    {
        using var connection = Open(dataPath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('audit_log', 'audit_heads') ORDER BY name";
        var tables = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        return Take(connection, tables);
    }

    /// <summary>The highest audit entry id, and the actions of the entries after <paramref name="lastId"/>.</summary>
    public static (long LastId, IReadOnlyList<string> Actions) AuditActionsAfter(string dataPath, long lastId)
    {
        using var connection = Open(dataPath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT audit_id, action FROM audit_log WHERE audit_id > $last ORDER BY audit_id";
        command.Parameters.AddWithValue("$last", lastId);
        using var reader = command.ExecuteReader();
        var actions = new List<string>();
        while (reader.Read())
        {
            lastId = reader.GetInt64(0);
            actions.Add(reader.GetString(1));
        }

        return (lastId, actions);
    }

    private static SqliteConnection Open(string dataPath)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "cms.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static DatabaseSnapshot Take(SqliteConnection connection, IEnumerable<string> watched)
    {
        var tables = new Dictionary<string, string>();
        foreach (var table in watched)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY 1";
            using var reader = command.ExecuteReader();
            var rows = new StringBuilder();
            var count = 0;
            while (reader.Read())
            {
                count++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    rows.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                rows.Append('\n');
            }

            tables[table] = $"{count} rows, {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(rows.ToString())))[..16]}";
        }

        return new DatabaseSnapshot(tables);
    }

    /// <summary>Asserts nothing changed since <paramref name="before"/> (but in the <paramref name="except"/> tables), naming the tables that did.</summary>
    public void AssertUnchangedSince(DatabaseSnapshot before, params string[] except)
    {
        var changed = ChangedSince(before, except);
        Assert.True(changed.Count == 0, "The database changed: " + string.Join("; ", changed));
    }

    /// <summary>The tables that changed since <paramref name="before"/> (but the <paramref name="except"/> ones), each with its old and new fingerprint.</summary>
    public IReadOnlyList<string> ChangedSince(DatabaseSnapshot before, params string[] except) =>
        Tables.Where(t => !except.Contains(t.Key) && before.Tables.GetValueOrDefault(t.Key) != t.Value).Select(t => $"{t.Key}: {before.Tables.GetValueOrDefault(t.Key)} -> {t.Value}").ToList();
}
