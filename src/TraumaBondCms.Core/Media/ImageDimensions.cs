namespace TraumaBondCms.Core.Media;

/// <summary>An image's size in pixels as its header declares it (the largest frame or item, for formats with several).</summary>
public readonly record struct ImageDimensions(long Width, long Height)
{
    /// <summary>Width times height.</summary>
    public long Pixels => Width * Height;
}
