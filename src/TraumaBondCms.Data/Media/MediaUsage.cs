namespace TraumaBondCms.Data.Media;

/// <summary>A version that uses an asset: which item, which version, in which field, and which of the asset's files.</summary>
public sealed record MediaUsage(
    string ContentItemId,
    string ContentItemVersionId,
    string ContentType,
    string DisplayText,
    int Version,
    bool Latest,
    bool Published,
    string Field,
    string AssetId,
    string Sha256);
