namespace TraumaBondCms.Web.Media;

/// <summary>
/// Where the bytes of media files live, each under the SHA-256 of its bytes. Files are immutable: writing a hash that
/// is stored already keeps the stored bytes (they are the same bytes). Thread-safe.
/// </summary>
public interface IMediaStore
{
    /// <summary>A short description for logs and health (<c>file system /data/media</c>, <c>s3://bucket/prefix</c>).</summary>
    string Description { get; }

    /// <summary>True when a file with this hash is stored.</summary>
    Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="bytes"/> under <paramref name="sha256"/> (their hash, checked by the caller), unless stored already.</summary>
    Task PutAsync(string sha256, ReadOnlyMemory<byte> bytes, string mimeType, CancellationToken cancellationToken = default);

    /// <summary>The stored bytes of a file; null when no file has this hash.</summary>
    Task<byte[]?> ReadAsync(string sha256, CancellationToken cancellationToken = default);
}
