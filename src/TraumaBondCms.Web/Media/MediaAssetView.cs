using TraumaBondCms.Data.Media;

namespace TraumaBondCms.Web.Media;

/// <summary>An asset with its current file and, when asked for, where it is used and which files it has had.</summary>
public sealed record MediaAssetView(MediaAsset Asset, MediaFile File, IReadOnlyList<MediaUsage>? Usages = null, IReadOnlyList<string>? Files = null);
