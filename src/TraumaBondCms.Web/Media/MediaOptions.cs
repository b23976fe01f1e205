namespace TraumaBondCms.Web.Media;

/// <summary>The <c>Cms:Media</c> section: upload limits, the widths variants may have, and the file store.</summary>
public sealed class MediaOptions
{
    /// <summary>The largest file accepted, in bytes (413 beyond). Default 20 MiB.</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The most pixels an image may declare (width x height), checked in its header before decoding. Default 50 million.</summary>
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>The longest side an image may declare, in pixels. Default 12,000.</summary>
    public int MaxSide { get; set; } = 12_000;

    /// <summary>The widths variants are made in; any other width is refused, so the cache stays bounded.</summary>
    public int[] VariantWidths { get; set; } = [160, 320, 480, 640, 800, 1024, 1280, 1600, 1920, 2560];

    /// <summary>How long browsers and CDNs may keep a published file or variant (its URL names its hash, so it never changes). Default one year.</summary>
    public TimeSpan CacheMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// Where readers fetch files from, put before <c>/media/...</c> in the URLs GraphQL returns: a CDN in front of the CMS,
    /// or the CMS's public address (e.g. <c>https://cms.example.org</c>). Empty (the default) gives URLs relative to the CMS.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary><c>FileSystem</c> (default: the <c>media/</c> folder in the data folder) or <c>S3</c> (see <see cref="S3"/>).</summary>
    public string Store { get; set; } = "FileSystem";

    /// <summary>The S3-compatible bucket, when <see cref="Store"/> is <c>S3</c>.</summary>
    public S3MediaOptions S3 { get; set; } = new();
}
