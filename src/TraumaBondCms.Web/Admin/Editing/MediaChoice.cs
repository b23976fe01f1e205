using TraumaBondCms.Core.Media;

namespace TraumaBondCms.Web.Admin.Editing;

/// <summary>One file the media picker offers: a library asset's current file, or an earlier file of it that the item uses now.</summary>
public sealed record MediaChoice(string AssetId, string Sha256, string FileName, string? Alt, MediaKind Kind, int? Width, int? Height, bool Earlier)
{
    /// <summary>The form value that chooses this file (see <see cref="MediaSlot"/>).</summary>
    public string Value => MediaSlot.FileValue(AssetId, Sha256);

    /// <summary>A small preview to show: a 160-pixel variant for images, null for documents.</summary>
    public string? Thumbnail => Kind == MediaKind.Image ? Web.Media.MediaUrls.Variant(Sha256, 160, Web.Media.VariantFormat.WebP) : null;

    /// <summary>What the picker's list shows: the file name, its size or kind, and whether it is an earlier file.</summary>
    public string Label => FileName + (Width is { } w && Height is { } h ? $" ({w} × {h})" : $" ({Kind})") + (Earlier ? ", the file used before a replacement" : string.Empty);
}
