using Npgsql;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Sqlite;

namespace TraumaBondCms.ReadPath.Bench;

/// <summary>
/// What a database's operator (or its autovacuum) does after a bulk load: SQLite's <c>PRAGMA optimize</c> (which the store
/// also runs on every start and every thousand writes), PostgreSQL's <c>VACUUM ANALYZE</c>.
/// </summary>
internal static class StoreStatistics
{
    public static async Task RefreshAsync(ICmsStore store, string? postgresConnection)
    {
        if (store is SqliteCmsStore sqlite)
        {
            await sqlite.OptimizeAsync();
            return;
        }

        await using var connection = new NpgsqlConnection(postgresConnection);
        await connection.OpenAsync();
        await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 0 };
        await vacuum.ExecuteNonQueryAsync();
    }
}
