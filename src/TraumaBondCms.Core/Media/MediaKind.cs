namespace TraumaBondCms.Core.Media;

/// <summary>What an asset is for: a picture shown inline, or a document readers download.</summary>
public enum MediaKind
{
    /// <summary>A raster image (JPEG, PNG, WebP, AVIF, GIF's first frame), shown with alt text.</summary>
    Image,

    /// <summary>A PDF document, linked with its alt text as the link's description.</summary>
    Document,
}
