using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.GraphQL.Preview;

/// <summary>
/// Preview tokens: editors create them for one item or for all drafts, so a front end can render a draft for a reviewer
/// who has no CMS account (the front end sends the token in the <see cref="HeaderName"/> header). Tokens expire and can
/// be revoked; only their SHA-256 hash is stored, so the database never holds a usable token. Creating and revoking are
/// audited. The admin UI calls this service; <c>/api/preview-tokens</c> exposes it over REST. Thread-safe.
/// </summary>
public sealed class PreviewTokenService(ICmsStore store, IOptions<ContentGraphQLOptions> options, TimeProvider clock)
{
    /// <summary>The request header that carries a preview token.</summary>
    public const string HeaderName = "X-Preview-Token";

    /// <summary>The prefix of every token (so a leaked one is easy to recognise in logs and scanners).</summary>
    public const string Prefix = "tbp_";

    /// <summary>The longest label accepted.</summary>
    public const int MaxLabelLength = 200;

    /// <summary>
    /// Creates a token that previews <paramref name="contentItemId"/> (every draft when null) for <paramref name="lifetime"/>
    /// (the configured default when null). Needs <see cref="Permissions.EditContent"/> and <see cref="Permissions.ViewDrafts"/>:
    /// a token shows drafts, so only someone who may see them hands one out.
    /// </summary>
    /// <example><code>var created = await previews.CreateAsync("article-why-leaving-is-hard", TimeSpan.FromDays(2), "Dr. Okafor", actor);
    /// // give created.Secret to the front end; it sends it as X-Preview-Token</code></example>
    /// <exception cref="CmsForbiddenException">When the actor lacks a permission.</exception>
    /// <exception cref="ContentValidationException">When the lifetime or label is out of bounds.</exception>
    /// <exception cref="ContentNotFoundException">When the item does not exist.</exception>
    public async Task<CreatedPreviewToken> CreateAsync(string? contentItemId, TimeSpan? lifetime, string? label, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.EditContent, "Creating preview tokens");
        Require(actor, Permissions.ViewDrafts, "Creating preview tokens");
        var duration = lifetime ?? options.Value.DefaultPreviewTokenLifetime;
        if (duration <= TimeSpan.Zero || duration > options.Value.MaxPreviewTokenLifetime)
        {
            throw ContentValidationException.For("expiresInHours", $"A preview token lasts more than 0 and at most {options.Value.MaxPreviewTokenLifetime.TotalHours:0} hours.");
        }

        label = string.IsNullOrWhiteSpace(label) ? null : label.Trim();
        if (label?.Length > MaxLabelLength)
        {
            throw ContentValidationException.For("label", $"A label has at most {MaxLabelLength} characters.");
        }

        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var token = new PreviewToken
        {
            TokenId = ContentIds.New(),
            TokenHash = Hash(secret),
            ContentItemId = contentItemId,
            Label = label,
            CreatedBy = actor.AuditName,
            CreatedUtc = now,
            ExpiresUtc = now + duration,
        };
        await using var session = await store.BeginWriteAsync(cancellationToken);
        if (contentItemId is not null && await session.Content.GetAsync(contentItemId, VersionSelector.Latest, cancellationToken) is null)
        {
            throw new ContentNotFoundException(contentItemId);
        }

        await session.PreviewTokens.AddAsync(token, cancellationToken);
        await AuditAsync(session, PreviewTokenAuditActions.Created, token, actor, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return new CreatedPreviewToken(token, secret);
    }

    /// <summary>The most tokens <see cref="ListAsync"/> returns.</summary>
    public const int MaxListed = 500;

    /// <summary>
    /// At most <see cref="MaxListed"/> tokens: the active ones, longest valid first, or all (newest first) when
    /// <paramref name="includeInactive"/>. Needs <see cref="Permissions.EditContent"/>.
    /// </summary>
    public async Task<IReadOnlyList<PreviewToken>> ListAsync(bool includeInactive, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.EditContent, "Listing preview tokens");
        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.PreviewTokens.ListAsync(includeInactive ? null : clock.GetUtcNow(), MaxListed, cancellationToken);
    }

    /// <summary>
    /// Revokes a token at once: the next request that sends it is refused. Returns false when it was already revoked
    /// (nothing changes). Needs <see cref="Permissions.EditContent"/>; any editor may revoke any token.
    /// </summary>
    /// <exception cref="PreviewTokenNotFoundException">When no token has this id.</exception>
    public async Task<bool> RevokeAsync(string tokenId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.EditContent, "Revoking preview tokens");
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var token = await session.PreviewTokens.GetAsync(tokenId, cancellationToken) ?? throw new PreviewTokenNotFoundException(tokenId);
        if (!await session.PreviewTokens.RevokeAsync(tokenId, actor.AuditName, clock.GetUtcNow(), cancellationToken))
        {
            return false;
        }

        await AuditAsync(session, PreviewTokenAuditActions.Revoked, token, actor, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Checks a token sent by a client, in a read session of its own.</summary>
    public async Task<PreviewTokenCheck> CheckAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenReadAsync(cancellationToken);
        return await CheckAsync(token, (find, _) => find(session), cancellationToken);
    }

    /// <summary>Checks a token sent by a client, reading through <paramref name="read"/> (a GraphQL request's session).</summary>
    public async Task<PreviewTokenCheck> CheckAsync(string token, Func<Func<IStoreSession, Task<PreviewToken?>>, CancellationToken, Task<PreviewToken?>> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return new PreviewTokenCheck(null, "The preview token is not valid.");
        }

        var hash = Hash(token);
        var stored = await read(session => session.PreviewTokens.FindByHashAsync(hash, cancellationToken), cancellationToken);
        var now = clock.GetUtcNow();
        return stored switch
        {
            null => new PreviewTokenCheck(null, "The preview token is not valid."),
            { RevokedUtc: not null } => new PreviewTokenCheck(null, "The preview token was revoked."),
            _ when !stored.IsActiveAt(now) => new PreviewTokenCheck(null, "The preview token has expired."),
            _ => new PreviewTokenCheck(new PreviewGrant(stored.TokenId, stored.ContentItemId), null),
        };
    }

    /// <summary>The stored form of a token: lower-case hex SHA-256 of its UTF-8 text.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private async Task AuditAsync(IStoreSession session, string action, PreviewToken token, CmsActor actor, CancellationToken cancellationToken) =>
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = clock.GetUtcNow(),
                Actor = actor.UserName,
                Action = action,
                ContentItemId = token.ContentItemId,
                Reason = token.Label,
                Details = JsonSerializer.Serialize(new { token.TokenId, token.ExpiresUtc, scope = token.ContentItemId is null ? "all drafts" : "one item" }),
            },
            cancellationToken);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static void Require(CmsActor actor, string permission, string operation)
    {
        if (!actor.Has(permission))
        {
            throw new CmsForbiddenException(permission, operation);
        }
    }
}
