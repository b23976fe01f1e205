using TraumaBondCms.Data;
using TraumaBondCms.Web.Setup;

namespace TraumaBondCms.Web.Cli;

/// <summary>
/// <c>backup PATH</c>: a consistent copy of the configured database while the CMS keeps serving (SQLite's online backup;
/// <c>pg_dump</c> or a logical export on PostgreSQL). <c>restore PATH</c>: loads such a copy into the configured database,
/// which must be empty, then migrates it to this build's schema and rebuilds search from the restored content (every node's
/// index, this data folder's at once). Restore runs before setup, so the setup recipe never writes into the database
/// being restored.
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

        var method = await backup.BackupAsync(path, PercentProgress(output, "Backup"));
        await output.WriteLineAsync($"Backup written to {Path.GetFullPath(path)} ({method}).");
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
        // Migrations of this build that the backup predates, and the caches read from the database.
        await services.GetRequiredService<CmsSetup>().EnsureAsync(output);
        // A backup holds the search documents and change log but no Lucene index: each node's index is derived data, and one
        // left in a data folder was fed from another database. A rebuild request in the restored log makes every node
        // rebuild from the restored documents; this data folder's index is rebuilt now.
        await Search.SearchCommand.RebuildAsync(services, output);
        await output.WriteLineAsync("The database is ready; start the CMS on it.");
        return 0;
    }

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
