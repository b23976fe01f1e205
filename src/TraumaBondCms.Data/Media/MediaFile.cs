namespace TraumaBondCms.Data.Media;

/// <summary>
/// One stored file, named by the SHA-256 of its bytes: immutable once written, shared by every asset and version that
/// uses the same bytes. Images are stored as processed at upload (metadata stripped, orientation applied).
/// </summary>
public sealed record MediaFile
{
    /// <summary>The SHA-256 of the stored bytes, 64 lower-case hex digits: the file's address.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The MIME type the file is served with (<c>image/webp</c>, <c>application/pdf</c>).</summary>
    public required string MimeType { get; init; }

    /// <summary>The number of bytes stored.</summary>
    public required long ByteLength { get; init; }

    /// <summary>Width in pixels; null for documents.</summary>
    public int? Width { get; init; }

    /// <summary>Height in pixels; null for documents.</summary>
    public int? Height { get; init; }

    /// <summary>The average colour as <c>#rrggbb</c>, for a placeholder while the image loads; null for documents.</summary>
    public string? DominantColor { get; init; }

    /// <summary>A BlurHash of the image (4 x 3 components); null for documents.</summary>
    public string? BlurHash { get; init; }

    /// <summary>When the file was first stored.</summary>
    public required DateTimeOffset CreatedUtc { get; init; }
}
