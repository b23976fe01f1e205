using System.Data.Common;

namespace TraumaBondCms.Data.Sql;

/// <summary>Sign-in sessions in portable SQL; see <see cref="ISignInSessionRepository"/>.</summary>
public sealed class SqlSignInSessionRepository(SqlRunner sql) : ISignInSessionRepository
{
    private static readonly TimeSpan History = TimeSpan.FromDays(1);

    /// <inheritdoc />
    public async Task StartAsync(SignInSession session, CancellationToken cancellationToken = default)
    {
        await sql.ExecuteAsync(
            // An ended session's expiry is moved to its end (see EndAsync), so one index finds every session past its history.
            "DELETE FROM sign_in_sessions WHERE expires_utc < @before",
            cancellationToken,
            ("@before", sql.Dialect.ToDbTime(session.StartedUtc - History)));
        await sql.ExecuteAsync(
            """
            INSERT INTO sign_in_sessions (session_hash, user_id, kind, started_utc, expires_utc)
            VALUES (@hash, @user, @kind, @started, @expires)
            """,
            cancellationToken,
            ("@hash", session.SessionHash),
            ("@user", session.UserId),
            ("@kind", session.Kind),
            ("@started", sql.Dialect.ToDbTime(session.StartedUtc)),
            ("@expires", sql.Dialect.ToDbTime(session.ExpiresUtc)));
    }

    /// <inheritdoc />
    public async Task<SignInSession?> FindAsync(string sessionHash, CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync(
            "SELECT session_hash, user_id, kind, started_utc, expires_utc, ended_utc FROM sign_in_sessions WHERE session_hash = @hash",
            Read,
            cancellationToken,
            ("@hash", sessionHash))).FirstOrDefault();

    /// <inheritdoc />
    public async Task<bool> ExtendAsync(string sessionHash, DateTimeOffset expiresUtc, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            "UPDATE sign_in_sessions SET expires_utc = @expires WHERE session_hash = @hash AND ended_utc IS NULL",
            cancellationToken,
            ("@hash", sessionHash),
            ("@expires", sql.Dialect.ToDbTime(expiresUtc))) == 1;

    /// <inheritdoc />
    public async Task<bool> EndAsync(string sessionHash, DateTimeOffset endedUtc, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            "UPDATE sign_in_sessions SET ended_utc = @at, expires_utc = CASE WHEN expires_utc > @at THEN @at ELSE expires_utc END WHERE session_hash = @hash AND ended_utc IS NULL",
            cancellationToken,
            ("@hash", sessionHash),
            ("@at", sql.Dialect.ToDbTime(endedUtc))) == 1;

    /// <inheritdoc />
    public async Task<int> EndAllAsync(string userId, DateTimeOffset endedUtc, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            "UPDATE sign_in_sessions SET ended_utc = @at, expires_utc = CASE WHEN expires_utc > @at THEN @at ELSE expires_utc END WHERE user_id = @user AND ended_utc IS NULL",
            cancellationToken,
            ("@user", userId),
            ("@at", sql.Dialect.ToDbTime(endedUtc)));

    private SignInSession Read(DbDataReader r) => new()
    {
        SessionHash = r.GetString(0),
        UserId = r.GetString(1),
        Kind = r.GetString(2),
        StartedUtc = sql.Dialect.ReadTime(r, 3),
        ExpiresUtc = sql.Dialect.ReadTime(r, 4),
        EndedUtc = sql.Dialect.ReadNullableTime(r, 5),
    };
}
