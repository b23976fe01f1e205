using TraumaBondCms.Core.Media;
using TraumaBondCms.Data.Media;

namespace TraumaBondCms.Web.Media;

/// <summary>One use of a media file as GraphQL resolves it: the use's text from the version, the file's facts, the asset's focal point.</summary>
public sealed record MediaAssetValue(MediaUse Use, MediaFile File, MediaAsset? Asset)
{
    /// <summary>Image or Document, from the file's type.</summary>
    public MediaKind Kind => File.Width is null ? MediaKind.Document : MediaKind.Image;
}
