using System.Data.Common;
using System.Text.Json;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Serialization;

namespace TraumaBondCms.Data.Sql;

/// <summary>Users and roles in portable SQL; see <see cref="IUserRepository"/>.</summary>
public sealed class SqlUserRepository(SqlRunner sql) : IUserRepository
{
    private const string SelectUser = """
        SELECT user_id, user_name, display_name, email, password_hash, security_stamp, roles, credential,
               failed_sign_ins, lockout_end_utc, disabled, created_utc, created_by, credential_granted_by, credential_granted_utc,
               credential_confirmed_by, credential_confirmed_utc
        FROM users
        """;

    /// <inheritdoc />
    public async Task<CmsUser?> FindByNameAsync(string userName, CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync($"{SelectUser} WHERE normalized_user_name = @name", ReadUser, cancellationToken, ("@name", Normalize(userName)))).FirstOrDefault();

    /// <inheritdoc />
    public async Task<CmsUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync($"{SelectUser} WHERE user_id = @id", ReadUser, cancellationToken, ("@id", userId))).FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<CmsUser>> ListAsync(CancellationToken cancellationToken = default) =>
        await sql.QueryAsync($"{SelectUser} ORDER BY normalized_user_name", ReadUser, cancellationToken);

    /// <inheritdoc />
    public async Task InsertAsync(CmsUser user, CancellationToken cancellationToken = default)
    {
        try
        {
            await sql.ExecuteAsync(
                """
                INSERT INTO users (user_id, user_name, normalized_user_name, display_name, email, password_hash, security_stamp, roles,
                    credential, failed_sign_ins, lockout_end_utc, disabled, created_utc, created_by, credential_granted_by, credential_granted_utc,
                    credential_confirmed_by, credential_confirmed_utc)
                VALUES (@id, @name, @normalized, @display, @email, @hash, @stamp, @roles, @credential, @failed, @lockout, @disabled, @created,
                    @createdBy, @grantedBy, @grantedUtc, @confirmedBy, @confirmedUtc)
                """,
                cancellationToken,
                Parameters(user));
        }
        catch (DbException e) when (sql.Dialect.IsUniqueViolation(e))
        {
            throw new DuplicateUserException(user.UserName);
        }
    }

    /// <inheritdoc />
    public async Task UpdateAsync(CmsUser user, CancellationToken cancellationToken = default)
    {
        try
        {
            await sql.ExecuteAsync(
                """
                UPDATE users SET user_name = @name, normalized_user_name = @normalized, display_name = @display, email = @email,
                    password_hash = @hash, security_stamp = @stamp, roles = @roles, credential = @credential,
                    failed_sign_ins = @failed, lockout_end_utc = @lockout, disabled = @disabled, created_utc = @created,
                    created_by = @createdBy, credential_granted_by = @grantedBy, credential_granted_utc = @grantedUtc,
                    credential_confirmed_by = @confirmedBy, credential_confirmed_utc = @confirmedUtc
                WHERE user_id = @id
                """,
                cancellationToken,
                Parameters(user));
        }
        catch (DbException e) when (sql.Dialect.IsUniqueViolation(e))
        {
            throw new DuplicateUserException(user.UserName);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RoleDefinition>> ListRolesAsync(CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            "SELECT name, description, permissions FROM roles ORDER BY name",
            r => new RoleDefinition(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), JsonSerializer.Deserialize<string[]>(r.GetString(2), CmsJson.Options) ?? []),
            cancellationToken);

    /// <inheritdoc />
    public async Task UpsertRoleAsync(RoleDefinition role, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            """
            INSERT INTO roles (name, description, permissions) VALUES (@name, @description, @permissions)
            ON CONFLICT (name) DO UPDATE SET description = excluded.description, permissions = excluded.permissions
            """,
            cancellationToken,
            ("@name", role.Name),
            ("@description", role.Description),
            ("@permissions", JsonSerializer.Serialize(role.Permissions, CmsJson.Options)));

    private (string, object?)[] Parameters(CmsUser user) =>
    [
        ("@id", user.UserId),
        ("@name", user.UserName),
        ("@normalized", Normalize(user.UserName)),
        ("@display", user.DisplayName),
        ("@email", user.Email),
        ("@hash", user.PasswordHash),
        ("@stamp", user.SecurityStamp),
        ("@roles", JsonSerializer.Serialize(user.Roles, CmsJson.Options)),
        ("@credential", user.Credential is null ? null : JsonSerializer.Serialize(user.Credential, CmsJson.Options)),
        ("@failed", user.FailedSignIns),
        ("@lockout", sql.Dialect.ToDbTime(user.LockoutEndUtc)),
        ("@disabled", user.Disabled),
        ("@created", sql.Dialect.ToDbTime(user.CreatedUtc)),
        ("@createdBy", user.CreatedBy),
        ("@grantedBy", user.CredentialGrantedBy),
        ("@grantedUtc", sql.Dialect.ToDbTime(user.CredentialGrantedUtc)),
        ("@confirmedBy", user.CredentialConfirmedBy),
        ("@confirmedUtc", sql.Dialect.ToDbTime(user.CredentialConfirmedUtc)),
    ];

    private CmsUser ReadUser(DbDataReader r) => new()
    {
        UserId = r.GetString(0),
        UserName = r.GetString(1),
        DisplayName = r.GetString(2),
        Email = r.IsDBNull(3) ? null : r.GetString(3),
        PasswordHash = r.GetString(4),
        SecurityStamp = r.GetString(5),
        Roles = JsonSerializer.Deserialize<string[]>(r.GetString(6), CmsJson.Options) ?? [],
        Credential = r.IsDBNull(7) ? null : JsonSerializer.Deserialize<ReviewerCredential>(r.GetString(7), CmsJson.Options),
        FailedSignIns = r.GetInt32(8),
        LockoutEndUtc = sql.Dialect.ReadNullableTime(r, 9),
        Disabled = r.GetBoolean(10),
        CreatedUtc = sql.Dialect.ReadTime(r, 11),
        CreatedBy = r.IsDBNull(12) ? null : r.GetString(12),
        CredentialGrantedBy = r.IsDBNull(13) ? null : r.GetString(13),
        CredentialGrantedUtc = sql.Dialect.ReadNullableTime(r, 14),
        CredentialConfirmedBy = r.IsDBNull(15) ? null : r.GetString(15),
        CredentialConfirmedUtc = sql.Dialect.ReadNullableTime(r, 16),
    };

    private static string Normalize(string userName) => userName.Trim().ToUpperInvariant();
}
