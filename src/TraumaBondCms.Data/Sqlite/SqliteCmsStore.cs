using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using TraumaBondCms.Data.Sql;

namespace TraumaBondCms.Data.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode (readers never wait for the writer). Writers
/// are serialized inside the process and use <c>BEGIN IMMEDIATE</c> so a second process (the command line
/// next to a running server) waits for its turn instead of failing half-way. Thread-safe.
/// </summary>
public sealed class SqliteCmsStore : ICmsStore, IOnlineBackup
{
    private static readonly Lazy<bool> NativeLibrary = new(() =>
    {
        Batteries_V2.Init();
        return true;
    });

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly string _connectionString;
    private long _optimizedAt;

    /// <summary>Creates a store on the database file at <paramref name="databasePath"/> (created by <see cref="MigrateAsync"/>).</summary>
    public SqliteCmsStore(string databasePath)
    {
        _ = NativeLibrary.Value;
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>What the store keeps between sessions to make reads cheaper (see <see cref="SqlReadCaches"/>).</summary>
    public SqlReadCaches ReadCaches { get; } = new();

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    public string Engine => "Sqlite";

    /// <inheritdoc />
    public ChangeSignal Changes { get; } = new();

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
            await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_utc TEXT NOT NULL);", cancellationToken);
            var applied = new List<string>();
            foreach (var (version, name, sql) in SqliteMigrations.All)
            {
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                await using var check = connection.CreateCommand();
                check.Transaction = transaction;
                check.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE version = @v";
                check.Parameters.AddWithValue("@v", version);
                if ((long)(await check.ExecuteScalarAsync(cancellationToken))! > 0)
                {
                    continue;
                }

                await using var migrate = connection.CreateCommand();
                migrate.Transaction = transaction;
                migrate.CommandText = sql + "\nINSERT INTO schema_migrations (version, name, applied_utc) VALUES (@v, @n, @t);";
                migrate.Parameters.AddWithValue("@v", version);
                migrate.Parameters.AddWithValue("@n", name);
                migrate.Parameters.AddWithValue("@t", SqliteDialect.Instance.ToDbTime(DateTimeOffset.UtcNow));
                await migrate.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                applied.Add($"{version}: {name}");
            }

            await OptimizeAsync(connection, cancellationToken);
            return applied;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <inheritdoc />
    public Task<IStoreSession> OpenReadAsync(CancellationToken cancellationToken = default) => OpenReadAsync(ReadCaches, cancellationToken);

    /// <inheritdoc />
    public Task<IStoreSession> OpenAuditReadAsync(CancellationToken cancellationToken = default) => OpenReadAsync(null, cancellationToken);

    /// <inheritdoc />
    public PublishedVersionGuard PublishedGuard => ReadCaches.Guard;

    private async Task<IStoreSession> OpenReadAsync(SqlReadCaches? caches, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken, reads: true);
        // A deferred transaction in WAL mode reads one snapshot and never blocks the writer.
        var transaction = connection.BeginTransaction(deferred: true);
        return new SqlStoreSession(connection, transaction, writable: false, SqliteDialect.Instance, null, caches: caches);
    }

    /// <summary>
    /// Brings the query planner's statistics up to date where tables have changed enough to matter (<c>PRAGMA optimize</c>,
    /// a bounded <c>ANALYZE</c>): with them SQLite knows, e.g., that a slug picks one row of thousands. The store runs it
    /// after migrating (every start) and after every <see cref="OptimizeEveryWrites"/> commits it hears of; call it after a
    /// bulk load. Waits for the writer.
    /// </summary>
    public async Task OptimizeAsync(CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await OptimizeAsync(connection, cancellationToken);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>How many commits (<see cref="Changes"/>) pass between two runs of <see cref="OptimizeAsync(CancellationToken)"/>.</summary>
    public const int OptimizeEveryWrites = 1_000;

    /// <inheritdoc />
    public async Task<IStoreSession> BeginWriteAsync(CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            var connection = await OpenConnectionAsync(cancellationToken);
            if (Changes.Count - Interlocked.Read(ref _optimizedAt) >= OptimizeEveryWrites)
            {
                // Under the writer, before the transaction: ANALYZE writes the statistics tables.
                await OptimizeAsync(connection, cancellationToken);
            }

            var transaction = connection.BeginTransaction(deferred: false);
            return new SqlStoreSession(connection, transaction, writable: true, SqliteDialect.Instance, () => _writer.Release(), Changes.Raise, caches: ReadCaches);
        }
        catch
        {
            _writer.Release();
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
                await WatchDataVersionAsync(pollInterval, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (SqliteException)
            {
                // The file may be briefly unavailable (a restore, a full disk): raise the signal, since what happened
                // meanwhile is unknown, and look again after a pause that grows to a few seconds.
                Changes.Raise();
                retry = retry == TimeSpan.Zero ? pollInterval : TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
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

    // PRAGMA data_version answers from the shared WAL index, without reading the database: a different value on the
    // same connection means another connection (this process's writer or another process) committed since.
    private async Task WatchDataVersionAsync(TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        var seen = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        using var timer = new PeriodicTimer(pollInterval);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            var version = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            if (version != seen)
            {
                seen = version;
                Changes.Raise();
            }
        }
    }

    /// <inheritdoc />
    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
            var version = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            var healthy = version == SqliteMigrations.All.Max(m => m.Version);
            return new StoreHealth(healthy, Engine, version, healthy ? $"SQLite {connection.ServerVersion}, {Path.GetFileName(DatabasePath)}" : "schema is not up to date");
        }
        catch (SqliteException e)
        {
            return new StoreHealth(false, Engine, 0, e.Message);
        }
    }

    /// <inheritdoc />
    /// <remarks>SQLite's online backup API: page by page while other connections keep reading and writing.</remarks>
    public async Task<string> BackupAsync(string destinationPath, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var source = await OpenConnectionAsync(cancellationToken);
        await SqliteBackup.BackupAsync(source, destinationPath, progress, cancellationToken);
        return "SQLite online backup";
    }

    /// <inheritdoc />
    public async Task<string> RestoreAsync(string sourcePath, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await SqliteBackup.RestoreAsync(sourcePath, DatabasePath, progress, cancellationToken);
            return "SQLite online backup copied into " + Path.GetFileName(DatabasePath);
        }
        finally
        {
            _writer.Release();
        }
    }

    // Durability is a writer's setting: a connection that only reads skips it (a statement less per read).
    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken, bool reads = false)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        if (!reads)
        {
            await ExecuteAsync(connection, "PRAGMA synchronous = NORMAL;", cancellationToken);
        }

        return connection;
    }

    // 0x10002: look at every table, not only those this connection used, and analyze those whose statistics are missing or
    // stale, reading a bounded sample of each (the pragma sets analysis_limit).
    private async Task OptimizeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, "PRAGMA optimize = 0x10002;", cancellationToken);
        Interlocked.Exchange(ref _optimizedAt, Changes.Count);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
