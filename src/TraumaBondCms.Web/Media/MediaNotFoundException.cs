namespace TraumaBondCms.Web.Media;

/// <summary>No media asset (or file) with this id or hash is visible to the caller: 404.</summary>
public sealed class MediaNotFoundException(string what) : Exception($"Media {what} was not found.");
