namespace TraumaBondCms.Core.Media;

/// <summary>What <see cref="MediaSniffer"/> found in a file: its format and, for images, the size its header declares.</summary>
public sealed record SniffedMedia(MediaFormat Format, ImageDimensions? Dimensions)
{
    /// <summary>Image or Document.</summary>
    public MediaKind Kind => MediaFormats.KindOf(Format);
}
