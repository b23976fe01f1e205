namespace TraumaBondCms.Core.Content;

/// <summary>No item (or no such version of it) exists, or it was deleted.</summary>
public sealed class ContentNotFoundException(string contentItemId, string? version = null)
    : Exception(version is null ? $"Content item '{contentItemId}' was not found." : $"Content item '{contentItemId}' has no {version} version.")
{
    /// <summary>The item asked for.</summary>
    public string ContentItemId { get; } = contentItemId;
}
