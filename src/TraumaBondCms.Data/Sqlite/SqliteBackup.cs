using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace TraumaBondCms.Data.Sqlite;

/// <summary>
/// Backup and restore of a <see cref="SqliteCmsStore"/> with SQLite's online backup API: a backup is a complete database
/// file, checked page by page as it is copied; a restore copies such a file into a database file that does not exist yet
/// (or holds no table) after checking that it is an intact CMS database.
/// </summary>
internal static class SqliteBackup
{
    private static readonly byte[] SqliteMagic = "SQLite format 3\0"u8.ToArray();

    /// <summary>Copies the database open on <paramref name="source"/> to a new file; a failed copy leaves no file.</summary>
    public static async Task BackupAsync(SqliteConnection source, string destinationPath, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var destination = Path.GetFullPath(destinationPath);
        if (File.Exists(destination))
        {
            throw new IOException($"'{destination}' already exists; choose a new file for the backup.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        try
        {
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
            await target.OpenAsync(cancellationToken);
            await CopyAsync(source, target, progress, cancellationToken);
        }
        catch
        {
            File.Delete(destination);
            throw;
        }
    }

    /// <summary>Copies the backup at <paramref name="sourcePath"/> into the new database file <paramref name="databasePath"/>.</summary>
    public static async Task RestoreAsync(string sourcePath, string databasePath, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(sourcePath);
        await CheckBackupAsync(source, cancellationToken);
        await using (var existing = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString()))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
            await existing.OpenAsync(cancellationToken);
            var tables = await ScalarAsync(existing, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'", cancellationToken);
            if (tables > 0)
            {
                throw new IOException($"'{databasePath}' already holds {tables} tables; restore into a new data folder or database file.");
            }

            await using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await backup.OpenAsync(cancellationToken);
            await CopyAsync(backup, existing, progress, cancellationToken);
        }
    }

    // Refuses anything but an intact SQLite file holding the CMS's migration history, before the target is touched.
    private static async Task CheckBackupAsync(string source, CancellationToken cancellationToken)
    {
        if (!File.Exists(source))
        {
            throw new IOException($"'{source}' does not exist.");
        }

        var head = new byte[SqliteMagic.Length];
        await using (var file = File.OpenRead(source))
        {
            await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }

        if (!head.AsSpan().SequenceEqual(SqliteMagic))
        {
            throw new IOException(head.AsSpan().StartsWith("PGDMP"u8) || head.AsSpan().StartsWith("PK"u8)
                ? "The file is a PostgreSQL backup; restore it with Cms:Database:Provider=Postgres."
                : "The file is not a SQLite database.");
        }

        await using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await backup.OpenAsync(cancellationToken);
        await using var check = backup.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var verdict = (string?)await check.ExecuteScalarAsync(cancellationToken);
        if (verdict != "ok")
        {
            throw new IOException($"The backup is damaged: {verdict}");
        }

        if (await ScalarAsync(backup, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'", cancellationToken) == 0)
        {
            throw new IOException("The file is a SQLite database but not a CMS backup (it has no schema_migrations table).");
        }

        var version = await ScalarAsync(backup, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", cancellationToken);
        if (version > SqliteMigrations.All[^1].Version)
        {
            throw new IOException($"The backup is at schema version {version}; this build knows versions 1 to {SqliteMigrations.All[^1].Version}. Restore it with the build that wrote it, or a newer one.");
        }
    }

    // Steps a few hundred pages at a time, so large databases report progress and writers get turns in between.
    private static async Task CopyAsync(SqliteConnection from, SqliteConnection to, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var backup = raw.sqlite3_backup_init(to.Handle, "main", from.Handle, "main");
        try
        {
            int rc;
            do
            {
                cancellationToken.ThrowIfCancellationRequested();
                rc = raw.sqlite3_backup_step(backup, 256);
                var total = raw.sqlite3_backup_pagecount(backup);
                progress?.Report(total == 0 ? 1 : 1 - (raw.sqlite3_backup_remaining(backup) / (double)total));
                if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
                {
                    await Task.Delay(50, cancellationToken);
                }
            }
            while (rc is raw.SQLITE_OK or raw.SQLITE_BUSY or raw.SQLITE_LOCKED);

            if (rc != raw.SQLITE_DONE)
            {
                throw new IOException($"Backup failed: {raw.sqlite3_errstr(rc).utf8_to_string()}");
            }
        }
        finally
        {
            raw.sqlite3_backup_finish(backup);
        }
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
