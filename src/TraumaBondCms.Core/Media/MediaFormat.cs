namespace TraumaBondCms.Core.Media;

/// <summary>The file formats the media library accepts, decided from a file's first bytes (never its name or declared type).</summary>
public enum MediaFormat
{
    /// <summary>JPEG (<c>FF D8 FF</c>).</summary>
    Jpeg,

    /// <summary>PNG (<c>89 50 4E 47 0D 0A 1A 0A</c>).</summary>
    Png,

    /// <summary>GIF 87a or 89a; only the first frame is kept, stored as PNG.</summary>
    Gif,

    /// <summary>WebP in a RIFF container.</summary>
    WebP,

    /// <summary>AVIF: an ISO base media file with the <c>avif</c> or <c>avis</c> brand.</summary>
    Avif,

    /// <summary>PDF (<c>%PDF-</c> at the very start).</summary>
    Pdf,
}
