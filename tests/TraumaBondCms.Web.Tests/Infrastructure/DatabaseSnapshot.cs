using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// A fingerprint of everything a request could change in the SQLite database (row counts and a hash of each
/// table's rows), to assert that a refused request changed nothing.
/// </summary>
public sealed record DatabaseSnapshot(IReadOnlyDictionary<string, string> Tables)
{
    private static readonly string[] Watched = ["content_items", "content_versions", "content_slugs", "content_field_index", "users", "roles", "settings", "content_types", "recipe_runs", "audit_log"];

    /// <summary>Reads the fingerprint of the database file in <paramref name="dataPath"/>.</summary>
    public static DatabaseSnapshot Take(string dataPath)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "cms.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new Dictionary<string, string>();
        foreach (var table in Watched)
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
        var changed = Tables.Where(t => !except.Contains(t.Key) && before.Tables[t.Key] != t.Value).Select(t => $"{t.Key}: {before.Tables[t.Key]} -> {t.Value}").ToList();
        Assert.True(changed.Count == 0, "The database changed: " + string.Join("; ", changed));
    }
}
