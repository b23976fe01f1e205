using Microsoft.Data.Sqlite;
using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Search.Bench;

/// <summary>Body words of indexed articles, read back from a kept database, to draw queries from.</summary>
internal static class SampleBodies
{
    public static List<string[]> Read(string databasePath, int count)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM search_documents WHERE content_type = 'Article' AND content_item_id LIKE 'bench-%' ORDER BY doc_id LIMIT $n";
        command.Parameters.AddWithValue("$n", count);
        using var reader = command.ExecuteReader();
        var bodies = new List<string[]>();
        while (reader.Read())
        {
            bodies.Add([.. SearchText.Words(reader.GetString(0))]);
        }

        return bodies;
    }
}
