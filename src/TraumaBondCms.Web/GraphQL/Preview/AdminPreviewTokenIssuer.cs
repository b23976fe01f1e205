using TraumaBondCms.Web.Admin;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.GraphQL.Preview;

/// <summary>
/// Issues the admin publishing page's preview links through <see cref="PreviewTokenService"/>: a token for one item,
/// shown once, that a front end sends as <see cref="PreviewTokenService.HeaderName"/> to read the item's draft over GraphQL.
/// </summary>
public sealed class AdminPreviewTokenIssuer(PreviewTokenService tokens) : IPreviewTokenIssuer
{
    /// <inheritdoc />
    public async Task<Admin.PreviewToken> IssueAsync(string contentItemId, TimeSpan lifetime, CmsActor actor, CancellationToken cancellationToken = default)
    {
        var created = await tokens.CreateAsync(contentItemId, lifetime, $"Preview link from the publishing page by {actor.AuditName}", actor, cancellationToken);
        return new Admin.PreviewToken(created.Secret, null, created.Token.ExpiresUtc);
    }
}
