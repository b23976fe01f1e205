using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data;

/// <summary>
/// Decides whether readers may be served published versions as the database holds them (the host implements it: content
/// hash recomputed from the stored fields, approval signature checked). Called by <see cref="PublishedVersionGuard"/> once
/// per version and content generation, never per request. Implementations are thread-safe.
/// </summary>
public interface IPublishedVersionVerifier
{
    /// <summary>
    /// The verdict on each of <paramref name="versions"/> (fields freshly parsed from what is stored), in the same order;
    /// reads what it needs (approvals) through <paramref name="session"/>, the read session that read the versions.
    /// </summary>
    Task<IReadOnlyList<PublishedVerdict>> VerifyAsync(IStoreSession session, IReadOnlyList<ContentItem> versions, CancellationToken cancellationToken);
}
