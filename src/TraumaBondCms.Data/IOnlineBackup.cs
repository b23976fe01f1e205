namespace TraumaBondCms.Data;

/// <summary>
/// A store that copies itself to a file while it keeps serving, and loads such a copy into an empty database: SQLite's
/// online backup on SQLite; <c>pg_dump</c>/<c>pg_restore</c> or a logical export of the CMS tables on PostgreSQL.
/// </summary>
public interface IOnlineBackup
{
    /// <summary>
    /// Writes a consistent copy of the database to a new file at <paramref name="destinationPath"/>, reporting progress
    /// from 0 to 1, and returns how it was written (e.g. "SQLite online backup"). Throws <see cref="IOException"/> when the
    /// file exists or the copy fails; a failed copy leaves no file behind.
    /// </summary>
    Task<string> BackupAsync(string destinationPath, IProgress<double>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads a backup written by <see cref="BackupAsync"/> on the same engine into this store's database, which must hold no
    /// tables yet (a new SQLite file; a PostgreSQL database that is empty or missing, then created). Returns how it was
    /// read. Afterwards <see cref="ICmsStore.MigrateAsync"/> brings an older backup up to this build's schema. Throws
    /// <see cref="IOException"/>, changing nothing, when the file is not such a backup, is newer than this build, or the
    /// database is not empty.
    /// </summary>
    Task<string> RestoreAsync(string sourcePath, IProgress<double>? progress = null, CancellationToken cancellationToken = default);
}
