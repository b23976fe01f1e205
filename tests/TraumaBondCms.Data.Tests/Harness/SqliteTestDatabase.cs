using System.Data.Common;
using Microsoft.Data.Sqlite;
using TraumaBondCms.Data.Sql;
using TraumaBondCms.Data.Sqlite;

namespace TraumaBondCms.Data.Tests.Harness;

/// <summary>A real SQLite database file in a new temporary folder, deleted on disposal.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder;
    private readonly SqliteCmsStore _store;

    private SqliteTestDatabase(string folder)
    {
        _folder = folder;
        _store = new SqliteCmsStore(Path.Combine(folder, "cms.db"));
    }

    /// <inheritdoc />
    public override ICmsStore Store => _store;

    /// <inheritdoc />
    public override SqlDialect Dialect => SqliteDialect.Instance;

    /// <summary>Creates the folder and, when <paramref name="migrated"/>, the migrated database file in it.</summary>
    public static async Task<TestDatabase> CreateAsync(bool migrated)
    {
        var folder = Path.Combine(Path.GetTempPath(), "tbcms-sqlite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = new SqliteTestDatabase(folder);
        if (migrated)
        {
            await database.Store.MigrateAsync();
        }

        return database;
    }

    /// <inheritdoc />
    public override ICmsStore OpenAnotherStore() => new SqliteCmsStore(_store.DatabasePath);

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenRawConnectionAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _store.DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; closing the idle ones lets the folder go cleanly.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A connection another test still holds in the shared pool; the OS temp cleaner gets the rest.
        }

        return ValueTask.CompletedTask;
    }
}
