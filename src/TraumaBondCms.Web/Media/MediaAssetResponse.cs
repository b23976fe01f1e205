using TraumaBondCms.Core.Media;

namespace TraumaBondCms.Web.Media;

/// <summary>An asset as <c>/api/media</c> returns it: the library entry, its current file's facts and URL, and (for one asset) usage and file history.</summary>
public sealed record MediaAssetResponse(
    string Id,
    string FileName,
    string Kind,
    string Sha256,
    string MimeType,
    long ByteLength,
    int? Width,
    int? Height,
    string? Alt,
    IReadOnlyList<string> Tags,
    FocalPointResponse FocalPoint,
    string? DominantColor,
    string? BlurHash,
    string Url,
    string CreatedBy,
    DateTimeOffset CreatedUtc,
    DateTimeOffset ModifiedUtc,
    IReadOnlyList<MediaUsageResponse>? Usages,
    IReadOnlyList<string>? Files)
{
    /// <summary>Maps a view.</summary>
    public static MediaAssetResponse From(MediaAssetView view) => new(
        view.Asset.AssetId,
        view.Asset.FileName,
        view.Asset.Kind.ToString(),
        view.File.Sha256,
        view.File.MimeType,
        view.File.ByteLength,
        view.File.Width,
        view.File.Height,
        view.Asset.Alt,
        view.Asset.Tags,
        new FocalPointResponse(view.Asset.FocalX, view.Asset.FocalY),
        view.File.DominantColor,
        view.File.BlurHash,
        MediaUrls.Original(view.File.Sha256, view.File.MimeType),
        view.Asset.CreatedBy,
        view.Asset.CreatedUtc,
        view.Asset.ModifiedUtc,
        view.Usages?.Select(u => new MediaUsageResponse(u.ContentItemId, u.ContentType, u.DisplayText, u.Version, u.Latest, u.Published, u.Field, u.Sha256)).ToArray(),
        view.Files);
}
