using TraumaBondCms.Core.Media;

namespace TraumaBondCms.Web.Media;

/// <summary>The URLs files and variants are served at: named by the file's hash, so they never change and may be cached for long.</summary>
public static class MediaUrls
{
    /// <summary>The stored file: <c>/media/{sha256}.{ext}</c>.</summary>
    public static string Original(string sha256, string mimeType) =>
        $"/media/{sha256}.{MediaFormats.Extension(MediaFormats.FromMimeType(mimeType) ?? MediaFormat.Pdf)}";

    /// <summary>A variant: <c>/media/{sha256}/{width}.{format}</c>.</summary>
    public static string Variant(string sha256, int width, VariantFormat format) => $"/media/{sha256}/{width}.{format.ToString().ToLowerInvariant()}";
}
