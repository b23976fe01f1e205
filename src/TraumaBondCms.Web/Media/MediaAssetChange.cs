namespace TraumaBondCms.Web.Media;

/// <summary>A change to an asset's library entry (a JSON merge patch: members left out keep their value).</summary>
public sealed record MediaAssetChange
{
    /// <summary>A new display file name; null to keep it.</summary>
    public string? FileName { get; init; }

    /// <summary>New default alt text; null to keep it, "" to clear it.</summary>
    public string? Alt { get; init; }

    /// <summary>New tags (replacing the old); null to keep them.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>A new focal point's x (0-1); null to keep it.</summary>
    public double? FocalX { get; init; }

    /// <summary>A new focal point's y (0-1); null to keep it.</summary>
    public double? FocalY { get; init; }
}
