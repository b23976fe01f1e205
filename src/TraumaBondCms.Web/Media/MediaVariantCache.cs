using System.Collections.Concurrent;

namespace TraumaBondCms.Web.Media;

/// <summary>
/// Variants on local disk (<c>media-cache/</c> in the data folder), made on first request from the stored file and kept:
/// a file never changes, so neither do its variants, and each node keeps its own. Files from a remote store (S3) are cached
/// here too. Concurrent requests for the same variant make it once. Thread-safe.
/// </summary>
public sealed class MediaVariantCache(string root, IMediaStore store, NetVipsImageProcessor processor)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> _making = new(StringComparer.Ordinal);

    /// <summary>The path of the variant, made now if needed; null when no file has this hash.</summary>
    public Task<string?> VariantPathAsync(string sha256, int width, VariantFormat format, CancellationToken cancellationToken = default) =>
        CachedAsync(Path.Combine(root, sha256[..2], sha256, $"{width}.{format.ToString().ToLowerInvariant()}"), async () =>
            await store.ReadAsync(sha256, cancellationToken) is { } bytes ? await Task.Run(() => processor.Variant(bytes, width, format), cancellationToken) : null);

    /// <summary>The path of the stored file itself on local disk (copied from a remote store on first use); null when none.</summary>
    public Task<string?> OriginalPathAsync(string sha256, CancellationToken cancellationToken = default) =>
        store is FileSystemMediaStore files
            ? Task.FromResult(File.Exists(files.PathOf(sha256)) ? files.PathOf(sha256) : null)
            : CachedAsync(Path.Combine(root, sha256[..2], sha256, "original"), () => store.ReadAsync(sha256, cancellationToken));

    private async Task<string?> CachedAsync(string path, Func<Task<byte[]?>> make)
    {
        if (File.Exists(path))
        {
            return path;
        }

        var making = _making.GetOrAdd(path, p => new Lazy<Task<string?>>(() => WriteAsync(p, make)));
        try
        {
            return await making.Value;
        }
        finally
        {
            _making.TryRemove(KeyValuePair.Create(path, making));
        }
    }

    private static async Task<string?> WriteAsync(string path, Func<Task<byte[]?>> make)
    {
        if (File.Exists(path))
        {
            return path;
        }

        if (await make() is not { } bytes)
        {
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
