using System.Data;
using Npgsql;
using TraumaBondCms.Data.Sql;

namespace TraumaBondCms.Data.Postgres;

/// <summary>
/// The server store: one PostgreSQL database reached through a pooled <see cref="NpgsqlDataSource"/>. Write
/// sessions take a transaction-level advisory lock first, so writers are serialized across every process that
/// uses the database, exactly like SQLite's single writer: a session that reads and then writes sees no other
/// writer in between. Read sessions are read-only REPEATABLE READ transactions (one snapshot, never blocked by
/// writers). Thread-safe; dispose it to close the pool.
/// </summary>
public sealed class PostgresCmsStore : ICmsStore, IOnlineBackup, IAsyncDisposable, IDisposable
{
    // Advisory lock keys. PostgreSQL scopes advisory locks to the current database, so two CMS databases on one
    // server never wait for each other. The values are arbitrary but fixed: "TBCMS" + a purpose letter.
    private const long WriterLockKey = 0x5442_434D_5357; // "TBCMSW"
    private const long MigrationLockKey = 0x5442_434D_534D; // "TBCMSM"

    /// <summary>The notification channel every write transaction notifies as it commits; the payload is the store instance's id.</summary>
    public const string ChangeChannel = "tbcms_changes";

    /// <summary>The statement creating the migration history table.</summary>
    internal const string SchemaMigrationsTable = "CREATE TABLE IF NOT EXISTS schema_migrations (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_utc timestamptz NOT NULL)";

    /// <summary>The advisory lock that migrations and restores hold.</summary>
    internal const long MigrationLock = MigrationLockKey;

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlConnectionStringBuilder _settings;
    private readonly PostgresBackup _backup;
    // Tells this instance's own notifications apart from other processes': its commits raise the signal already.
    private readonly string _instanceId = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Creates a store on the database named by <paramref name="connectionString"/> (an Npgsql connection string,
    /// e.g. <c>Host=db;Database=cms;Username=cms;Password=...</c>). The database is created by
    /// <see cref="MigrateAsync"/> when it does not exist and the user may create databases.
    /// </summary>
    /// <param name="connectionString">The database.</param>
    /// <param name="backup">How <see cref="BackupAsync"/> copies the database; null for <see cref="PostgresBackupOptions"/>'s defaults.</param>
    public PostgresCmsStore(string connectionString, PostgresBackupOptions? backup = null)
    {
        _settings = new NpgsqlConnectionStringBuilder(connectionString);
        _dataSource = NpgsqlDataSource.Create(_settings);
        _backup = new PostgresBackup(this, _settings, backup ?? new PostgresBackupOptions());
    }

    /// <summary>What the store keeps between sessions to make reads cheaper (see <see cref="SqlReadCaches"/>).</summary>
    public SqlReadCaches ReadCaches { get; } = new();

    /// <summary>The database's name as given in the connection string; null when it defaults to the user name.</summary>
    public string? DatabaseName => _settings.Database;

    /// <inheritdoc />
    public string Engine => "Postgres";

    /// <inheritdoc />
    public ChangeSignal Changes { get; } = new();

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenCreatingDatabaseAsync(cancellationToken);
        // A session-level lock: two instances starting together take turns, and the second finds nothing to do.
        await ExecuteAsync(connection, null, "SELECT pg_advisory_lock(@key)", cancellationToken, MigrationLockKey);
        try
        {
            await ExecuteAsync(connection, null, SchemaMigrationsTable, cancellationToken);
            var applied = new List<string>();
            foreach (var (version, name, sql) in PostgresMigrations.All)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using (var check = new NpgsqlCommand("SELECT COUNT(*) FROM schema_migrations WHERE version = @v", connection, transaction))
                {
                    check.Parameters.AddWithValue("v", version);
                    if ((long)(await check.ExecuteScalarAsync(cancellationToken))! > 0)
                    {
                        continue;
                    }
                }

                await ApplyMigrationAsync(connection, transaction, version, name, sql, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                applied.Add($"{version}: {name}");
            }

            return applied;
        }
        finally
        {
            // Closing the connection would not release the lock: it goes back to the pool with its session.
            if (connection.State == ConnectionState.Open)
            {
                await ExecuteAsync(connection, null, "SELECT pg_advisory_unlock(@key)", CancellationToken.None, MigrationLockKey);
            }
        }
    }

    /// <summary>Runs one migration and records it, inside <paramref name="transaction"/>.</summary>
    internal static async Task ApplyMigrationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int version, string name, string sql, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, sql, cancellationToken);
        await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name, applied_utc) VALUES (@v, @n, @t)", connection, transaction);
        record.Parameters.AddWithValue("v", version);
        record.Parameters.AddWithValue("n", name);
        record.Parameters.AddWithValue("t", DateTimeOffset.UtcNow);
        await record.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<IStoreSession> OpenReadAsync(CancellationToken cancellationToken = default) => OpenReadAsync(ReadCaches, cancellationToken);

    /// <inheritdoc />
    public Task<IStoreSession> OpenAuditReadAsync(CancellationToken cancellationToken = default) => OpenReadAsync(null, cancellationToken);

    /// <inheritdoc />
    public PublishedVersionGuard PublishedGuard => ReadCaches.Guard;

    private async Task<IStoreSession> OpenReadAsync(SqlReadCaches? caches, CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            // REPEATABLE READ takes its snapshot at the first query and keeps it to the end, like SQLite's deferred
            // read transaction in WAL mode; READ ONLY turns an accidental write into an error instead of a surprise.
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await ExecuteAsync(connection, transaction, "SET TRANSACTION READ ONLY", cancellationToken);
            return new SqlStoreSession(connection, transaction, writable: false, PostgresDialect.Instance, null, caches: caches);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<IStoreSession> BeginWriteAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            // READ COMMITTED after the lock: every statement sees all that earlier writers committed, and no other
            // writer can commit until this transaction ends (the lock is released with it).
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
            await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, WriterLockKey);
            return new SqlStoreSession(connection, transaction, writable: true, PostgresDialect.Instance, null, Changes.Raise, AnnounceCommitAsync, ReadCaches);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task ListenForChangesAsync(TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        var retry = TimeSpan.Zero;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(() => retry = TimeSpan.Zero, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
            {
                // The server restarted or the connection broke: reconnect with a backoff that grows to five seconds.
                // Commits made meanwhile are announced by the raise that follows a successful LISTEN.
                retry = retry == TimeSpan.Zero ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
                try
                {
                    await Task.Delay(retry, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenAsync(Action connected, CancellationToken cancellationToken)
    {
        // A connection of its own, outside the pool: LISTEN belongs to the session, which must outlive any request.
        var settings = new NpgsqlConnectionStringBuilder(_settings.ConnectionString) { Pooling = false, KeepAlive = 10 };
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        connection.Notification += (_, e) =>
        {
            if (e.Payload != _instanceId)
            {
                Changes.Raise();
            }
        };
        await ExecuteAsync(connection, null, $"LISTEN {ChangeChannel}", cancellationToken);
        connected();
        // Whatever was committed while nobody listened (at start, or during a reconnect) was not announced.
        Changes.Raise();
        while (true)
        {
            await connection.WaitAsync(cancellationToken);
        }
    }

    // NOTIFY inside the transaction is delivered when, and only if, it commits.
    private Task AnnounceCommitAsync(SqlRunner sql, CancellationToken cancellationToken) =>
        sql.ExecuteAsync("SELECT pg_notify(@channel, @instance)", cancellationToken, ("@channel", ChangeChannel), ("@instance", _instanceId));

    /// <inheritdoc />
    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", connection);
            var version = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
            var healthy = version == PostgresMigrations.All.Max(m => m.Version);
            return new StoreHealth(healthy, Engine, version, healthy ? $"PostgreSQL {connection.PostgreSqlVersion}, database {connection.Database}" : "schema is not up to date");
        }
        catch (NpgsqlException e)
        {
            return new StoreHealth(false, Engine, 0, e.Message);
        }
    }

    /// <inheritdoc />
    /// <remarks>With <c>pg_dump</c> (custom format) when <see cref="PostgresBackupOptions"/> finds it, otherwise a logical export of the CMS tables.</remarks>
    public Task<string> BackupAsync(string destinationPath, IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
        _backup.BackupAsync(destinationPath, progress, cancellationToken);

    /// <inheritdoc />
    public Task<string> RestoreAsync(string sourcePath, IProgress<double>? progress = null, CancellationToken cancellationToken = default) =>
        _backup.RestoreAsync(sourcePath, progress, cancellationToken);

    /// <summary>Opens a pooled connection to the database.</summary>
    internal ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken) => _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>Closes the connection pool; sessions still open keep their connection until disposed.</summary>
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>Closes the connection pool.</summary>
    public void Dispose() => _dataSource.Dispose();

    // MigrateAsync "creates the database if needed", as SQLite creates its file: when the server says the
    // database does not exist (3D000), create it from the server's maintenance database and connect again.
    internal async Task<NpgsqlConnection> OpenCreatingDatabaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName && !string.IsNullOrEmpty(_settings.Database))
        {
            var maintenance = new NpgsqlConnectionStringBuilder(_settings.ConnectionString) { Database = "postgres", Pooling = false };
            await using (var admin = new NpgsqlConnection(maintenance.ConnectionString))
            {
                await admin.OpenAsync(cancellationToken);
                try
                {
                    await ExecuteAsync(admin, null, $"CREATE DATABASE \"{_settings.Database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", cancellationToken);
                }
                catch (PostgresException race) when (race.SqlState == PostgresErrorCodes.DuplicateDatabase
                    || (race.SqlState == PostgresErrorCodes.UniqueViolation && race.ConstraintName == "pg_database_datname_index"))
                {
                    // Another instance created it between our attempt to connect and now: fine. Two CREATE DATABASE
                    // at the same moment make the loser fail on the catalog's unique index instead of 42P04.
                }
            }

            return await _dataSource.OpenConnectionAsync(cancellationToken);
        }
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, long? key = null)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        if (key is { } k)
        {
            command.Parameters.AddWithValue("key", k);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
