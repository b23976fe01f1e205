namespace TraumaBondCms.Core.Content;

/// <summary>
/// The caller edited from a version that is no longer the latest (a stale <c>If-Match</c>); nothing was
/// written. <see cref="CurrentETag"/> is the tag to reload from.
/// </summary>
public sealed class ConcurrencyConflictException(string contentItemId, string? expectedETag, string currentETag, int? currentVersion = null)
    : Exception($"Content item '{contentItemId}' has changed since version {expectedETag ?? "(none)"} was read; the latest is {currentETag}.")
{
    /// <summary>The item.</summary>
    public string ContentItemId { get; } = contentItemId;

    /// <summary>The entity tag the caller sent.</summary>
    public string? ExpectedETag { get; } = expectedETag;

    /// <summary>The entity tag of the latest version now.</summary>
    public string CurrentETag { get; } = currentETag;

    /// <summary>The number (1, 2, ...) of the latest version now; null when the thrower did not know it.</summary>
    public int? CurrentVersion { get; } = currentVersion;
}
