using TraumaBondCms.Data;

namespace TraumaBondCms.Web.GraphQL.Preview;

/// <summary>The JSON shape of a preview token in REST responses; <see cref="Token"/> (the secret) only in the response that created it.</summary>
public sealed record PreviewTokenResponse(
    string TokenId,
    string? ContentItemId,
    string? Label,
    string CreatedBy,
    DateTimeOffset CreatedUtc,
    DateTimeOffset ExpiresUtc,
    DateTimeOffset? RevokedUtc,
    string? RevokedBy,
    bool Active,
    string? Token = null,
    string? Header = null)
{
    /// <summary>Maps a stored token as of <paramref name="now"/>.</summary>
    public static PreviewTokenResponse From(PreviewToken token, DateTimeOffset now, string? secret = null) => new(
        token.TokenId,
        token.ContentItemId,
        token.Label,
        token.CreatedBy,
        token.CreatedUtc,
        token.ExpiresUtc,
        token.RevokedUtc,
        token.RevokedBy,
        token.IsActiveAt(now),
        secret,
        secret is null ? null : PreviewTokenService.HeaderName);
}
