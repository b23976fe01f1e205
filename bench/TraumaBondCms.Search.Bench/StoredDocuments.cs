using Microsoft.Data.Sqlite;

namespace TraumaBondCms.Search.Bench;

/// <summary>The stored search documents of the published versions, read back in order, to feed the FTS5 baseline the same text.</summary>
internal static class StoredDocuments
{
    public static IEnumerable<(string Title, string Tags, string Summary, string Body)> Read(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT title, tags, summary, body FROM search_documents WHERE in_public ORDER BY doc_id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
        }
    }
}
