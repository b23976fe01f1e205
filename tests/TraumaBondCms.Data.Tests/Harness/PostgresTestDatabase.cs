using System.Collections.Concurrent;
using System.Data.Common;
using Npgsql;
using TraumaBondCms.Data.Postgres;
using TraumaBondCms.Data.Sql;
using TraumaBondCms.Tests.TestData;

namespace TraumaBondCms.Data.Tests.Harness;

/// <summary>
/// A database on the run's <see cref="PostgresTestServer"/>, for one test at a time. Migrated databases are
/// pooled: a test takes an idle one (or the store creates and migrates a new one through its own "create the
/// database if needed" path), finds it emptied, and gives it back on disposal. So only as many databases are
/// made as tests run at once, instead of one per test at a few hundred milliseconds each, and every test still
/// has a database of its own. An unmigrated database is a new, empty one, dropped on disposal.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private static readonly ConcurrentBag<string> Idle = [];
    private static int s_counter;
    private readonly PostgresTestServer _server;
    private readonly string _name;
    private readonly bool _pooled;
    private readonly PostgresCmsStore _store;

    private PostgresTestDatabase(PostgresTestServer server, string name, bool pooled)
    {
        _server = server;
        _name = name;
        _pooled = pooled;
        _store = new PostgresCmsStore(ConnectionString);
    }

    /// <inheritdoc />
    public override ICmsStore Store => _store;

    /// <inheritdoc />
    public override SqlDialect Dialect => PostgresDialect.Instance;

    /// <summary>The connection string of this database, for a second store on it.</summary>
    public string ConnectionString => _server.ConnectionString(_name);

    /// <summary>
    /// A migrated, empty database from the pool; or, when not <paramref name="migrated"/>, a new database with
    /// no schema. Starts the server on first use.
    /// </summary>
    public static async Task<PostgresTestDatabase> CreateAsync(bool migrated)
    {
        var server = await PostgresTestServer.GetAsync();
        if (!migrated)
        {
            var fresh = $"fresh_{Interlocked.Increment(ref s_counter)}";
            await using var create = server.Admin.CreateCommand($"CREATE DATABASE {fresh}");
            await create.ExecuteNonQueryAsync();
            return new PostgresTestDatabase(server, fresh, pooled: false);
        }

        if (!Idle.TryTake(out var name))
        {
            name = $"pooled_{Interlocked.Increment(ref s_counter)}";
            // With a store of its own, closed afterwards: EmptyAsync ends every other connection to the database.
            await using var migrator = new PostgresCmsStore(server.ConnectionString(name));
            await migrator.MigrateAsync();
        }

        var database = new PostgresTestDatabase(server, name, pooled: true);
        await database.EmptyAsync();
        return database;
    }

    /// <inheritdoc />
    public override ICmsStore OpenAnotherStore() => new PostgresCmsStore(ConnectionString);

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenRawConnectionAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        if (_pooled)
        {
            Idle.Add(_name);
            return;
        }

        await using var drop = _server.Admin.CreateCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }

    // Empties every table but the migration record and restarts the identity columns, as in a new database (whose one
    // content generation row is put back).
    // Sessions a failed test left open are ended first so they cannot hold locks. The replica role is a
    // test-only way past the audit log's append-only trigger (and the foreign keys, so any order will do);
    // DELETE rather than TRUNCATE because on a handful of rows it is many times faster.
    private async Task EmptyAsync()
    {
        await using var connection = await OpenRawConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid();
            SET session_replication_role = replica;
            DO $$
            DECLARE name text;
            BEGIN
                FOR name IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations' LOOP
                    EXECUTE 'DELETE FROM ' || quote_ident(name);
                END LOOP;
                FOR name IN SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' LOOP
                    PERFORM setval(quote_ident(name), 1, false);
                END LOOP;
            END $$;
            -- The one row a new database has (migration 6): the content generation.
            INSERT INTO content_generation (id, generation) VALUES (1, 1);
            """;
        await command.ExecuteNonQueryAsync();
    }
}
