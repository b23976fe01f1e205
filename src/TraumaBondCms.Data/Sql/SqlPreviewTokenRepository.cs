using System.Data.Common;

namespace TraumaBondCms.Data.Sql;

/// <summary>Preview tokens in portable SQL; see <see cref="IPreviewTokenRepository"/>.</summary>
public sealed class SqlPreviewTokenRepository(SqlRunner sql) : IPreviewTokenRepository
{
    private const string SelectToken =
        "SELECT token_id, token_hash, content_item_id, label, created_by, created_utc, expires_utc, revoked_utc, revoked_by FROM preview_tokens";

    /// <inheritdoc />
    public async Task AddAsync(PreviewToken token, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            """
            INSERT INTO preview_tokens (token_id, token_hash, content_item_id, label, created_by, created_utc, expires_utc)
            VALUES (@id, @hash, @item, @label, @by, @created, @expires)
            """,
            cancellationToken,
            ("@id", token.TokenId),
            ("@hash", token.TokenHash),
            ("@item", token.ContentItemId),
            ("@label", token.Label),
            ("@by", token.CreatedBy),
            ("@created", sql.Dialect.ToDbTime(token.CreatedUtc)),
            ("@expires", sql.Dialect.ToDbTime(token.ExpiresUtc)));

    /// <inheritdoc />
    public async Task<PreviewToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync($"{SelectToken} WHERE token_hash = @hash", Read, cancellationToken, ("@hash", tokenHash))).FirstOrDefault();

    /// <inheritdoc />
    public async Task<PreviewToken?> GetAsync(string tokenId, CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync($"{SelectToken} WHERE token_id = @id", Read, cancellationToken, ("@id", tokenId))).FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<PreviewToken>> ListAsync(DateTimeOffset? activeAt, int limit, CancellationToken cancellationToken = default) =>
        activeAt is { } now
            ? await sql.QueryAsync($"{SelectToken} WHERE revoked_utc IS NULL AND expires_utc > @now ORDER BY expires_utc DESC, token_id DESC LIMIT @limit", Read, cancellationToken, ("@now", sql.Dialect.ToDbTime(now)), ("@limit", limit))
            : await sql.QueryAsync($"{SelectToken} ORDER BY created_utc DESC, token_id DESC LIMIT @limit", Read, cancellationToken, ("@limit", limit));

    /// <inheritdoc />
    public async Task<bool> RevokeAsync(string tokenId, string revokedBy, DateTimeOffset revokedUtc, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            "UPDATE preview_tokens SET revoked_utc = @at, revoked_by = @by WHERE token_id = @id AND revoked_utc IS NULL",
            cancellationToken,
            ("@id", tokenId),
            ("@by", revokedBy),
            ("@at", sql.Dialect.ToDbTime(revokedUtc))) == 1;

    private PreviewToken Read(DbDataReader r) => new()
    {
        TokenId = r.GetString(0),
        TokenHash = r.GetString(1),
        ContentItemId = r.IsDBNull(2) ? null : r.GetString(2),
        Label = r.IsDBNull(3) ? null : r.GetString(3),
        CreatedBy = r.GetString(4),
        CreatedUtc = sql.Dialect.ReadTime(r, 5),
        ExpiresUtc = sql.Dialect.ReadTime(r, 6),
        RevokedUtc = sql.Dialect.ReadNullableTime(r, 7),
        RevokedBy = r.IsDBNull(8) ? null : r.GetString(8),
    };
}
