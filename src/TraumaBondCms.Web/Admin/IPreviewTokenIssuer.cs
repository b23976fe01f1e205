using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Admin;

/// <summary>
/// The seam the publishing page creates preview links for external reviewers through. The GraphQL API registers an
/// implementation when preview tokens land; while none is registered the page says the feature is not available yet
/// (it never makes up a token).
/// </summary>
public interface IPreviewTokenIssuer
{
    /// <summary>Issues a token that lets its holder read the item's latest version until <see cref="PreviewToken.ExpiresUtc"/>.</summary>
    Task<PreviewToken> IssueAsync(string contentItemId, TimeSpan lifetime, CmsActor actor, CancellationToken cancellationToken = default);
}
