using TraumaBondCms.Web.Admin;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.GraphQL.Preview;

/// <summary>
/// The admin publishing page's preview links, through <see cref="PreviewTokenService"/>: a token for one item, shown once,
/// that a front end sends as <see cref="PreviewTokenService.HeaderName"/> to read the item's draft over GraphQL; the item's
/// active links; revoking one.
/// </summary>
public sealed class AdminPreviewTokenIssuer(PreviewTokenService tokens) : IPreviewTokenIssuer
{
    /// <inheritdoc />
    public async Task<Admin.PreviewToken> IssueAsync(string contentItemId, TimeSpan lifetime, CmsActor actor, CancellationToken cancellationToken = default)
    {
        var created = await tokens.CreateAsync(contentItemId, lifetime, $"Preview link from the publishing page by {actor.AuditName}", actor, cancellationToken);
        return new Admin.PreviewToken(created.Secret, null, created.Token.ExpiresUtc);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PreviewLink>> ListActiveAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default) =>
        (await tokens.ListAsync(false, actor, cancellationToken))
            .Where(t => t.ContentItemId == contentItemId)
            .Select(t => new PreviewLink(t.TokenId, t.Label, t.CreatedBy, t.CreatedUtc, t.ExpiresUtc))
            .ToList();

    /// <inheritdoc />
    public async Task<bool> RevokeAsync(string contentItemId, string tokenId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        var active = await ListActiveAsync(contentItemId, actor, cancellationToken);
        return active.Any(t => t.TokenId == tokenId) && await tokens.RevokeAsync(tokenId, actor, cancellationToken);
    }
}
