using System.Data;
using System.IO.Compression;
using System.Text.Json;
using Npgsql;

namespace TraumaBondCms.Data.Postgres;

/// <summary>
/// The backup that needs no client tools: a zip file holding <c>manifest.json</c> (format, schema version, tables, their
/// columns and row counts) and one <c>tables/NAME.copy</c> per CMS table in PostgreSQL's binary <c>COPY</c> format, every
/// table read from one REPEATABLE READ snapshot. Restoring recreates the schema at the backup's version with the CMS's own
/// migrations and loads the rows in one transaction: a failed restore leaves the database as empty as it found it.
/// </summary>
internal static class PostgresLogicalExport
{
    /// <summary>The manifest's <c>format</c> value.</summary>
    public const string Format = "tbcms-postgres-export";

    private const string ManifestEntry = "manifest.json";

    /// <summary>Writes the export to <paramref name="path"/> (which must not exist); returns the number of tables.</summary>
    public static async Task<int> ExportAsync(PostgresCmsStore store, string path, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await PostgresCmsStore.ExecuteAsync(connection, transaction, "SET TRANSACTION READ ONLY", cancellationToken);
        var version = await ScalarAsync<int>(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", cancellationToken);
        var tables = await ListTablesAsync(connection, transaction, cancellationToken);
        var manifest = new Manifest(Format, 1, version, DateTimeOffset.UtcNow, []);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            foreach (var (table, columns) in tables)
            {
                var rows = await ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM {Quote(table)}", cancellationToken);
                await using (var entry = zip.CreateEntry($"tables/{table}.copy", CompressionLevel.Fastest).Open())
                await using (var copy = await connection.BeginRawBinaryCopyAsync($"COPY {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) TO STDOUT (FORMAT binary)", cancellationToken))
                {
                    await copy.CopyToAsync(entry, cancellationToken);
                }

                manifest.Tables.Add(new ManifestTable(table, columns, rows));
                progress?.Report(manifest.Tables.Count / (double)(tables.Count + 1));
            }

            await using var manifestStream = zip.CreateEntry(ManifestEntry).Open();
            await JsonSerializer.SerializeAsync(manifestStream, manifest, cancellationToken: cancellationToken);
        }

        progress?.Report(1);
        return tables.Count;
    }

    /// <summary>True when <paramref name="path"/> is a zip file with this export's manifest.</summary>
    public static bool IsExport(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return zip.GetEntry(ManifestEntry) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Loads the export at <paramref name="path"/> into the store's empty database; returns the number of rows loaded.</summary>
    public static async Task<long> ImportAsync(PostgresCmsStore store, string path, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        using var zip = ZipFile.OpenRead(path);
        var manifest = await ReadManifestAsync(zip, cancellationToken);
        var latest = PostgresMigrations.All[^1].Version;
        if (manifest.SchemaVersion > latest || manifest.SchemaVersion < 1)
        {
            throw new IOException($"The backup is at schema version {manifest.SchemaVersion}; this build knows versions 1 to {latest}. Restore it with the build that wrote it, or a newer one.");
        }

        await using var connection = await store.OpenCreatingDatabaseAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresBackup.RequireEmptyAsync(connection, transaction, cancellationToken);
        await PostgresCmsStore.ExecuteAsync(connection, transaction, PostgresCmsStore.SchemaMigrationsTable, cancellationToken);
        foreach (var (version, name, sql) in PostgresMigrations.All.Where(m => m.Version <= manifest.SchemaVersion))
        {
            await PostgresCmsStore.ApplyMigrationAsync(connection, transaction, version, name, sql, cancellationToken);
        }

        var schema = await ListTablesAsync(connection, transaction, cancellationToken);
        foreach (var table in manifest.Tables)
        {
            if (!schema.TryGetValue(table.Name, out var columns) || !columns.SequenceEqual(table.Columns, StringComparer.Ordinal))
            {
                throw new IOException($"The backup's table '{table.Name}' does not match schema version {manifest.SchemaVersion}; the file is damaged or was not written by this CMS.");
            }
        }

        // Constraints and triggers stand aside while the rows go in, as pg_restore does it: foreign keys are dropped and
        // added again (which checks every row), and the append-only and generation triggers are off, since the rows are
        // history being put back, not new changes.
        var foreignKeys = await QueryAsync(connection, transaction, "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace", r => (Table: r.GetString(0), Name: r.GetString(1), Definition: r.GetString(2)), cancellationToken);
        var tables = string.Join(", ", manifest.Tables.Select(t => Quote(t.Name)));
        foreach (var key in foreignKeys)
        {
            await PostgresCmsStore.ExecuteAsync(connection, transaction, $"ALTER TABLE {key.Table} DROP CONSTRAINT {Quote(key.Name)}", cancellationToken);
        }

        foreach (var table in manifest.Tables)
        {
            await PostgresCmsStore.ExecuteAsync(connection, transaction, $"ALTER TABLE {Quote(table.Name)} DISABLE TRIGGER USER", cancellationToken);
        }

        await PostgresCmsStore.ExecuteAsync(connection, transaction, $"TRUNCATE {tables}", cancellationToken);
        long rows = 0;
        var done = 0;
        foreach (var table in manifest.Tables)
        {
            var entry = zip.GetEntry($"tables/{table.Name}.copy") ?? throw new IOException($"The backup has no data for table '{table.Name}'; the file is damaged.");
            await using (var data = entry.Open())
            await using (var copy = await connection.BeginRawBinaryCopyAsync($"COPY {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(Quote))}) FROM STDIN (FORMAT binary)", cancellationToken))
            {
                await data.CopyToAsync(copy, cancellationToken);
            }

            var loaded = await ScalarAsync<long>(connection, transaction, $"SELECT COUNT(*) FROM {Quote(table.Name)}", cancellationToken);
            if (loaded != table.Rows)
            {
                throw new IOException($"The backup's table '{table.Name}' should hold {table.Rows} rows but {loaded} were read; the file is damaged.");
            }

            rows += loaded;
            progress?.Report(++done / (double)(manifest.Tables.Count + 1));
        }

        foreach (var key in foreignKeys)
        {
            await PostgresCmsStore.ExecuteAsync(connection, transaction, $"ALTER TABLE {key.Table} ADD CONSTRAINT {Quote(key.Name)} {key.Definition}", cancellationToken);
        }

        foreach (var table in manifest.Tables)
        {
            await PostgresCmsStore.ExecuteAsync(connection, transaction, $"ALTER TABLE {Quote(table.Name)} ENABLE TRIGGER USER", cancellationToken);
        }

        await ResetSequencesAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(1);
        return rows;
    }

    // Identity columns continue after the highest value restored, as they did in the original.
    private static async Task ResetSequencesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var identities = await QueryAsync(
            connection,
            transaction,
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')",
            r => (Table: r.GetString(0), Column: r.GetString(1)),
            cancellationToken);
        foreach (var (table, column) in identities)
        {
            await PostgresCmsStore.ExecuteAsync(
                connection,
                transaction,
                $"SELECT setval(pg_get_serial_sequence({Literal(Quote(table))}, {Literal(column)}), COALESCE(MAX({Quote(column)}), 1), MAX({Quote(column)}) IS NOT NULL) FROM {Quote(table)}",
                cancellationToken);
        }
    }

    private static async Task<Manifest> ReadManifestAsync(ZipArchive zip, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(ManifestEntry) ?? throw new IOException("The file is a zip file but not a CMS backup (it has no manifest.json).");
        await using var stream = entry.Open();
        Manifest? manifest;
        try
        {
            manifest = await JsonSerializer.DeserializeAsync<Manifest>(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            throw new IOException($"The backup's manifest.json cannot be read: {e.Message}", e);
        }

        return manifest is { Format: Format, FormatVersion: 1, Tables: not null }
            ? manifest
            : throw new IOException($"The file is not a CMS PostgreSQL export (format '{manifest?.Format}', version {manifest?.FormatVersion}).");
    }

    // Every base table of the CMS schema except the migration history, with the columns COPY may write (generated ones are computed again).
    private static async Task<Dictionary<string, List<string>>> ListTablesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            connection,
            transaction,
            """
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> 'schema_migrations' AND c.is_generated = 'NEVER'
            ORDER BY c.table_name, c.ordinal_position
            """,
            r => (Table: r.GetString(0), Column: r.GetString(1)),
            cancellationToken);
        var tables = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (table, column) in rows)
        {
            (tables.TryGetValue(table, out var columns) ? columns : tables[table] = []).Add(column);
        }

        return tables;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync(cancellationToken))!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<T>> QueryAsync<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private sealed record Manifest(string Format, int FormatVersion, int SchemaVersion, DateTimeOffset CreatedUtc, List<ManifestTable> Tables);

    private sealed record ManifestTable(string Name, List<string> Columns, long Rows);
}
