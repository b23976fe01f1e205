namespace TraumaBondCms.Data.Media;

/// <summary>A page of the media library, newest first.</summary>
/// <param name="Text">Words to find in the file name, alt text or tags (case-insensitive); null for all.</param>
/// <param name="Tag">Only assets with this tag; null for any.</param>
/// <param name="Kind">Only assets of this kind; null for any.</param>
/// <param name="First">How many assets to return.</param>
/// <param name="After">The id of the last asset of the previous page; null for the first page.</param>
public sealed record MediaQuery(string? Text, string? Tag, Core.Media.MediaKind? Kind, int First, string? After);
