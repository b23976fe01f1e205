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

            return applied;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IStoreSession> OpenReadAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken);
        // A deferred transaction in WAL mode reads one snapshot and never blocks the writer.
        var transaction = connection.BeginTransaction(deferred: true);
        return new SqlStoreSession(connection, transaction, writable: false, SqliteDialect.Instance, null);
    }

    /// <inheritdoc />
    public async Task<IStoreSession> BeginWriteAsync(CancellationToken cancellationToken = default)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            var connection = await OpenConnectionAsync(cancellationToken);
            var transaction = connection.BeginTransaction(deferred: false);
            return new SqlStoreSession(connection, transaction, writable: true, SqliteDialect.Instance, () => _writer.Release(), Changes.Raise);
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
            var healthy = version == SqliteMigrations.All[^1].Version;
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

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA synchronous = NORMAL;", cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
