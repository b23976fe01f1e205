namespace TraumaBondCms.Web.Media;

/// <summary>A latest or published version that uses an asset.</summary>
public sealed record MediaUsageResponse(string ContentItemId, string ContentType, string DisplayText, int Version, bool Latest, bool Published, string Field, string Sha256);
