namespace TraumaBondCms.Web.Media;

/// <summary>The formats variants are made in.</summary>
public enum VariantFormat
{
    /// <summary>WebP (lossy, with alpha): small, read by every current browser.</summary>
    WebP,

    /// <summary>AVIF: smaller still, slower to make.</summary>
    Avif,

    /// <summary>JPEG: for old clients and e-mail (no alpha).</summary>
    Jpeg,
}
