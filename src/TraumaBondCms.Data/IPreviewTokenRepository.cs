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

    /// <summary>Tokens newest first: all of them, or only those active at <paramref name="activeAt"/> when it is given.</summary>
    Task<IReadOnlyList<PreviewToken>> ListAsync(DateTimeOffset? activeAt, CancellationToken cancellationToken = default);

    /// <summary>Revokes a token; false when it does not exist or was already revoked.</summary>
    Task<bool> RevokeAsync(string tokenId, string revokedBy, DateTimeOffset revokedUtc, CancellationToken cancellationToken = default);
}
