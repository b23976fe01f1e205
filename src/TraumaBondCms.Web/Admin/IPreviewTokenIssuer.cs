using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Admin;

/// <summary>
/// What the publishing page creates, lists and revokes preview links for external reviewers through (implemented by
/// <see cref="GraphQL.Preview.AdminPreviewTokenIssuer"/>); with none registered the page says so and never makes up a token.
/// </summary>
public interface IPreviewTokenIssuer
{
    /// <summary>Issues a token that lets its holder read the item's latest version until <see cref="PreviewToken.ExpiresUtc"/>.</summary>
    Task<PreviewToken> IssueAsync(string contentItemId, TimeSpan lifetime, CmsActor actor, CancellationToken cancellationToken = default);

    /// <summary>The item's preview links that still work, longest valid first.</summary>
    Task<IReadOnlyList<PreviewLink>> ListActiveAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default);

    /// <summary>Revokes a link at once; false when it was already revoked or belongs to another item (nothing changes then).</summary>
    Task<bool> RevokeAsync(string contentItemId, string tokenId, CmsActor actor, CancellationToken cancellationToken = default);
}
