namespace TraumaBondCms.Core.Media;

/// <summary>Facts about each <see cref="MediaFormat"/>: its MIME type, file extension and kind.</summary>
public static class MediaFormats
{
    /// <summary>The MIME type files of <paramref name="format"/> are served with.</summary>
    public static string MimeType(MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => "image/jpeg",
        MediaFormat.Png => "image/png",
        MediaFormat.Gif => "image/gif",
        MediaFormat.WebP => "image/webp",
        MediaFormat.Avif => "image/avif",
        _ => "application/pdf",
    };

    /// <summary>The extension (without a dot) a file of <paramref name="format"/> is named with.</summary>
    public static string Extension(MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => "jpg",
        MediaFormat.Png => "png",
        MediaFormat.Gif => "gif",
        MediaFormat.WebP => "webp",
        MediaFormat.Avif => "avif",
        _ => "pdf",
    };

    /// <summary>Image for every raster format, Document for PDF.</summary>
    public static MediaKind KindOf(MediaFormat format) => format == MediaFormat.Pdf ? MediaKind.Document : MediaKind.Image;

    /// <summary>The format with this extension (<c>jpg</c>/<c>jpeg</c>, <c>png</c>, ...); null when none.</summary>
    public static MediaFormat? FromExtension(string extension) => extension.ToLowerInvariant() switch
    {
        "jpg" or "jpeg" => MediaFormat.Jpeg,
        "png" => MediaFormat.Png,
        "gif" => MediaFormat.Gif,
        "webp" => MediaFormat.WebP,
        "avif" => MediaFormat.Avif,
        "pdf" => MediaFormat.Pdf,
        _ => null,
    };

    /// <summary>The format with this MIME type; null when none.</summary>
    public static MediaFormat? FromMimeType(string mimeType) =>
        Enum.GetValues<MediaFormat>().Cast<MediaFormat?>().FirstOrDefault(f => MimeType(f!.Value) == mimeType);
}
