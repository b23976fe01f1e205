using System.Text.Json;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Serialization;

namespace TraumaBondCms.Data.Sql;

/// <summary>Second factors in portable SQL; see <see cref="ISecondFactorRepository"/>.</summary>
public sealed class SqlSecondFactorRepository(SqlRunner sql) : ISecondFactorRepository
{
    /// <inheritdoc />
    public async Task<SecondFactor?> GetAsync(string userId, CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync(
            "SELECT user_id, secret, created_utc, confirmed_utc, last_used_step, recovery_codes FROM second_factors WHERE user_id = @user",
            r => new SecondFactor
            {
                UserId = r.GetString(0),
                ProtectedSecret = r.GetString(1),
                CreatedUtc = sql.Dialect.ReadTime(r, 2),
                ConfirmedUtc = sql.Dialect.ReadNullableTime(r, 3),
                LastUsedStep = r.GetInt64(4),
                RecoveryCodes = JsonSerializer.Deserialize<List<RecoveryCode>>(r.GetString(5), CmsJson.Options) ?? [],
            },
            cancellationToken,
            ("@user", userId))).FirstOrDefault();

    /// <inheritdoc />
    public async Task SaveAsync(SecondFactor secondFactor, CancellationToken cancellationToken = default)
    {
        await DeleteAsync(secondFactor.UserId, cancellationToken);
        await sql.ExecuteAsync(
            """
            INSERT INTO second_factors (user_id, secret, created_utc, confirmed_utc, last_used_step, recovery_codes)
            VALUES (@user, @secret, @created, @confirmed, @step, @codes)
            """,
            cancellationToken,
            ("@user", secondFactor.UserId),
            ("@secret", secondFactor.ProtectedSecret),
            ("@created", sql.Dialect.ToDbTime(secondFactor.CreatedUtc)),
            ("@confirmed", sql.Dialect.ToDbTime(secondFactor.ConfirmedUtc)),
            ("@step", secondFactor.LastUsedStep),
            ("@codes", JsonSerializer.Serialize(secondFactor.RecoveryCodes, CmsJson.Options)));
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string userId, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync("DELETE FROM second_factors WHERE user_id = @user", cancellationToken, ("@user", userId)) > 0;
}
