namespace TraumaBondCms.Web.Media;

/// <summary>
/// Media files in a folder (by default <c>media/</c> in the data folder), as <c>ab/abcdef...</c> (the first two hex digits
/// spread the files over 256 folders). Written to a temporary name and moved into place, so a reader never sees half a file.
/// </summary>
public sealed class FileSystemMediaStore(string root) : IMediaStore
{
    /// <inheritdoc />
    public string Description => $"file system {root}";

    /// <summary>The path of the file with this hash.</summary>
    public string PathOf(string sha256) => Path.Combine(root, sha256[..2], sha256);

    /// <inheritdoc />
    public Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken = default) => Task.FromResult(File.Exists(PathOf(sha256)));

    /// <inheritdoc />
    public async Task PutAsync(string sha256, ReadOnlyMemory<byte> bytes, string mimeType, CancellationToken cancellationToken = default)
    {
        var path = PathOf(sha256);
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, bytes.ToArray(), cancellationToken);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another upload of the same bytes won the race: the stored file is the same.
            File.Delete(temporary);
        }
    }

    /// <inheritdoc />
    public async Task<byte[]?> ReadAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var path = PathOf(sha256);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }
}
