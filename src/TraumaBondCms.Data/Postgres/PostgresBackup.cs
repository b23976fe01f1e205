using Npgsql;

namespace TraumaBondCms.Data.Postgres;

/// <summary>
/// Backup and restore of a <see cref="PostgresCmsStore"/>: <c>pg_dump --format=custom</c> when the options allow and the
/// tool is found, otherwise <see cref="PostgresLogicalExport"/>; a restore reads either (told apart by the file's first
/// bytes) into an empty database. A backup is written to a temporary file beside the target and renamed when complete, so
/// a failed one leaves nothing that looks like a backup.
/// </summary>
internal sealed class PostgresBackup(PostgresCmsStore store, NpgsqlConnectionStringBuilder settings, PostgresBackupOptions options)
{
    private static readonly byte[] PgDumpMagic = "PGDMP"u8.ToArray();
    private readonly PgClientTools _tools = new(settings, options.ToolsPath);

    /// <summary>See <see cref="IOnlineBackup.BackupAsync"/>.</summary>
    public async Task<string> BackupAsync(string destinationPath, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var destination = Path.GetFullPath(destinationPath);
        if (File.Exists(destination))
        {
            throw new IOException($"'{destination}' already exists; choose a new file for the backup.");
        }

        var pgDump = options.Method == PostgresBackupMethod.Logical ? null : _tools.Find("pg_dump");
        if (pgDump is null && options.Method == PostgresBackupMethod.PgDump)
        {
            throw new IOException($"Cms:Backup:Method is PgDump but pg_dump was not found ({(options.ToolsPath is { Length: > 0 } ? $"in {options.ToolsPath}" : "on the PATH")}).");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var partial = destination + ".partial-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            string method;
            if (pgDump is not null)
            {
                progress?.Report(0);
                // Custom format: compressed, one consistent snapshot (pg_dump's own transaction), restorable table by table.
                await _tools.RunAsync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", $"--file={partial}"], cancellationToken);
                method = $"pg_dump (custom format, {pgDump})";
            }
            else
            {
                var tables = await PostgresLogicalExport.ExportAsync(store, partial, progress, cancellationToken);
                method = $"logical export of {tables} tables (no pg_dump {(options.Method == PostgresBackupMethod.Logical ? "wanted" : "found")})";
            }

            File.Move(partial, destination);
            progress?.Report(1);
            return method;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>See <see cref="IOnlineBackup.RestoreAsync"/>.</summary>
    public async Task<string> RestoreAsync(string sourcePath, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(sourcePath);
        if (!File.Exists(source))
        {
            throw new IOException($"'{source}' does not exist.");
        }

        var head = new byte[16];
        await using (var file = File.OpenRead(source))
        {
            await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }

        if (head.AsSpan().StartsWith(PgDumpMagic))
        {
            await RestoreDumpAsync(source, cancellationToken);
            progress?.Report(1);
            return "pg_restore of a pg_dump backup";
        }

        if (PostgresLogicalExport.IsExport(source))
        {
            var rows = await PostgresLogicalExport.ImportAsync(store, source, progress, cancellationToken);
            return $"logical export, {rows} rows";
        }

        throw new IOException(head.AsSpan().StartsWith("SQLite format 3"u8)
            ? "The file is a SQLite backup; restore it with Cms:Database:Provider=Sqlite."
            : "The file is neither a pg_dump backup nor a CMS PostgreSQL export.");
    }

    /// <summary>Throws <see cref="IOException"/> unless the database's schema holds no table; waits for any migration in progress first.</summary>
    public static async Task RequireEmptyAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            await using var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction);
            lockCommand.Parameters.AddWithValue("key", PostgresCmsStore.MigrationLock);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()", connection, transaction);
        var tables = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        if (tables > 0)
        {
            throw new IOException($"Database '{connection.Database}' is not empty ({tables} tables); restore into a new or empty database.");
        }
    }

    // pg_restore in one transaction: either the whole backup is in, or nothing is.
    private async Task RestoreDumpAsync(string source, CancellationToken cancellationToken)
    {
        if (_tools.Find("pg_restore") is null)
        {
            throw new IOException($"The file is a pg_dump backup, and restoring it needs pg_restore, which was not found ({(options.ToolsPath is { Length: > 0 } ? $"in {options.ToolsPath}" : "on the PATH")}); set Cms:Backup:PostgresToolsPath.");
        }

        await using (var connection = await store.OpenCreatingDatabaseAsync(cancellationToken))
        {
            await RequireEmptyAsync(connection, null, cancellationToken);
        }

        await _tools.RunAsync("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", $"--dbname={settings.Database ?? settings.Username}", source], cancellationToken);
    }
}
