namespace TraumaBondCms.Data;

/// <summary>A store that can copy itself to a file while it keeps serving (SQLite's online backup).</summary>
public interface IOnlineBackup
{
    /// <summary>
    /// Writes a consistent copy of the database to a new file at <paramref name="destinationPath"/>, reporting
    /// progress from 0 to 1. Throws <see cref="IOException"/> when the file exists or the copy fails.
    /// </summary>
    Task BackupAsync(string destinationPath, IProgress<double>? progress = null, CancellationToken cancellationToken = default);
}
