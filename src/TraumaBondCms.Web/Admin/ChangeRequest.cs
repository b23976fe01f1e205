namespace TraumaBondCms.Web.Admin;

/// <summary>A reviewer's request for changes: the version number it was made on, by whom, when, and the comment given.</summary>
public sealed record ChangeRequest(int Version, string? RequestedBy, DateTimeOffset RequestedUtc, string? Comment);
