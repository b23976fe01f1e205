namespace TraumaBondCms.Data.Media;

/// <summary>
/// An entry of the media library: a name, default alt text, tags and a focal point, over its current file. Replacing
/// the file gives the asset a new <see cref="Sha256"/>; versions that used the old file keep pointing at it.
/// </summary>
public sealed record MediaAsset
{
    /// <summary>The asset's id (content id form).</summary>
    public required string AssetId { get; init; }

    /// <summary>The file name it was uploaded with (no path), shown in the library and checked against alt text.</summary>
    public required string FileName { get; init; }

    /// <summary>Image or Document.</summary>
    public required Core.Media.MediaKind Kind { get; init; }

    /// <summary>The SHA-256 of the asset's current file.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Alt text the editor gave in the library, offered as the default for each new use; null for none.</summary>
    public string? Alt { get; init; }

    /// <summary>Tags for finding the asset (lower-case words).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The focal point's horizontal position, 0 (left) to 1 (right): crops keep it in view.</summary>
    public double FocalX { get; init; } = 0.5;

    /// <summary>The focal point's vertical position, 0 (top) to 1 (bottom).</summary>
    public double FocalY { get; init; } = 0.5;

    /// <summary>Who uploaded it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When it was uploaded.</summary>
    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>Who last changed it.</summary>
    public required string ModifiedBy { get; init; }

    /// <summary>When it last changed.</summary>
    public required DateTimeOffset ModifiedUtc { get; init; }

    /// <summary>When it was deleted (soft); null while it is in the library.</summary>
    public DateTimeOffset? DeletedUtc { get; init; }
}
