using TraumaBondCms.Core.Media;

namespace TraumaBondCms.Web.Media;

/// <summary>An upload as it is stored: the bytes (re-encoded images, PDFs written again without metadata), their format, and for images their size and placeholders.</summary>
public sealed record ProcessedFile(byte[] Bytes, MediaFormat Format, int? Width, int? Height, string? DominantColor, string? BlurHash)
{
    /// <summary>The MIME type the file is served with.</summary>
    public string MimeType => MediaFormats.MimeType(Format);

    /// <summary>The library's row for these bytes, stored under <paramref name="sha256"/> (their hash) at <paramref name="createdUtc"/>.</summary>
    public Data.Media.MediaFile ToFile(string sha256, DateTimeOffset createdUtc) => new()
    {
        Sha256 = sha256,
        MimeType = MimeType,
        ByteLength = Bytes.LongLength,
        Width = Width,
        Height = Height,
        DominantColor = DominantColor,
        BlurHash = BlurHash,
        CreatedUtc = createdUtc,
    };
}
