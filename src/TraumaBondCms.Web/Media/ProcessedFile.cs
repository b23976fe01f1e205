using TraumaBondCms.Core.Media;

namespace TraumaBondCms.Web.Media;

/// <summary>An upload as it is stored: the bytes (re-encoded images, PDFs as sent), their format, and for images their size and placeholders.</summary>
public sealed record ProcessedFile(byte[] Bytes, MediaFormat Format, int? Width, int? Height, string? DominantColor, string? BlurHash);
