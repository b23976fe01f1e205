using TraumaBondCms.Data;
using TraumaBondCms.Web.Setup;

namespace TraumaBondCms.Web.Cli;

/// <summary>
/// <c>backup PATH</c>: a consistent copy of the configured database while the CMS keeps serving (SQLite's online backup;
/// <c>pg_dump</c> or a logical export on PostgreSQL). <c>restore PATH</c>: loads such a copy into the configured database,
/// which must be empty, then migrates it to this build's schema and rebuilds search from the restored content (every node's
/// index, this data folder's at once). Restore runs before setup, so the setup recipe never writes into the database
/// being restored. The audit chain stays verifiable on the copy: <c>backup</c> first signs a head of the chain as it stands and
/// writes the signed heads up to it beside the backup (<c>PATH.audit-heads.jsonl</c>: the record outside the database that
/// belongs to this copy), and <c>restore</c> puts that file's heads into the restored data folder's heads file.
/// </summary>
public static class BackupCommands
{
    /// <summary>Runs <c>backup PATH</c>.</summary>
    public static async Task<int> BackupAsync(IServiceProvider services, string path, TextWriter output)
    {
        if (services.GetRequiredService<ICmsStore>() is not IOnlineBackup backup)
        {
            await output.WriteLineAsync("This database engine has no built-in backup; use the engine's own tools.");
            return 1;
        }

        // A head of the chain as it stands, signed before the copy is taken: the copy holds the entry it covers.
        var signer = services.GetRequiredService<Integrity.AuditHeadSigner>();
        var head = await signer.SignIfDueAsync(force: true, CancellationToken.None);
        var heads = services.GetRequiredService<Integrity.AuditHeadFile>();
        var covered = head?.Sequence ?? heads.Read().Heads.Select(h => h.Sequence).DefaultIfEmpty(0).Max();
        var method = await backup.BackupAsync(path, PercentProgress(output, "Backup"));
        heads.Append(heads.Read().Heads.Where(h => h.Sequence <= covered).DistinctBy(h => h.Sequence), HeadsOf(path));
        await output.WriteLineAsync($"Backup written to {Path.GetFullPath(path)} ({method}); its signed audit heads to {HeadsOf(path)}.");
        return 0;
    }

    /// <summary>Runs <c>restore PATH</c>.</summary>
    public static async Task<int> RestoreAsync(IServiceProvider services, string path, TextWriter output)
    {
        if (services.GetRequiredService<ICmsStore>() is not IOnlineBackup backup)
        {
            await output.WriteLineAsync("This database engine has no built-in restore; use the engine's own tools.");
            return 1;
        }

        var method = await backup.RestoreAsync(path, PercentProgress(output, "Restore"));
        await output.WriteLineAsync($"Restored {Path.GetFullPath(path)} ({method}).");
        var heads = services.GetRequiredService<Integrity.AuditHeadFile>();
        if (File.Exists(HeadsOf(path)))
        {
            var restored = heads.Read(HeadsOf(path)).Heads;
            heads.Append(restored);
            await output.WriteLineAsync($"{restored.Count} signed audit heads of the backup added to {heads.FilePath}; `verify` checks the restored chain against them.");
        }
        // Migrations of this build that the backup predates, and the caches read from the database.
        await services.GetRequiredService<CmsSetup>().EnsureAsync(output);
        // A backup holds the search documents and change log but no Lucene index: each node's index is derived data, and one
        // left in a data folder was fed from another database. A rebuild request in the restored log makes every node
        // rebuild from the restored documents; this data folder's index is rebuilt now.
        await Search.SearchCommand.RebuildAsync(services, output);
        await output.WriteLineAsync("The database is ready; start the CMS on it.");
        return 0;
    }

    /// <summary>The file beside a backup that holds its signed audit heads.</summary>
    public static string HeadsOf(string backupPath) => Path.GetFullPath(backupPath) + ".audit-heads.jsonl";

    private static SynchronousProgress<double> PercentProgress(TextWriter output, string label)
    {
        var lastPercent = -1;
        return new SynchronousProgress<double>(fraction =>
        {
            var percent = (int)(fraction * 100);
            if (percent / 10 != lastPercent / 10)
            {
                lastPercent = percent;
                output.WriteLine($"{label}: {percent}%");
            }
        });
    }
}
