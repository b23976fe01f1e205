namespace TraumaBondCms.Data;

/// <summary>Preview tokens (hashes only; see <see cref="PreviewToken"/>).</summary>
public interface IPreviewTokenRepository
{
    /// <summary>Stores a new token.</summary>
    Task AddAsync(PreviewToken token, CancellationToken cancellationToken = default);

    /// <summary>The token with this hash, active or not; null when none.</summary>
    Task<PreviewToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken = default);

    /// <summary>The token with this id, active or not; null when none.</summary>
    Task<PreviewToken?> GetAsync(string tokenId, CancellationToken cancellationToken = default);

    /// <summary>
    /// At most <paramref name="limit"/> tokens: all of them newest first, or, when <paramref name="activeAt"/> is given, those
    /// active then, the longest valid first (read from an index of unrevoked tokens by expiry, so old tokens cost nothing).
    /// </summary>
    Task<IReadOnlyList<PreviewToken>> ListAsync(DateTimeOffset? activeAt, int limit, CancellationToken cancellationToken = default);

    /// <summary>Revokes a token; false when it does not exist or was already revoked.</summary>
    Task<bool> RevokeAsync(string tokenId, string revokedBy, DateTimeOffset revokedUtc, CancellationToken cancellationToken = default);
}
