namespace TraumaBondCms.Data;

/// <summary>Sign-in sessions (hashes only; see <see cref="SignInSession"/>).</summary>
public interface ISignInSessionRepository
{
    /// <summary>
    /// Stores a new session, and deletes the sessions that expired or ended more than a day before it started (so the
    /// table holds the live sessions and a day of history, however many sign-ins there are).
    /// </summary>
    Task StartAsync(SignInSession session, CancellationToken cancellationToken = default);

    /// <summary>The session with this hash, active or not; null when none (never started, or long gone).</summary>
    Task<SignInSession?> FindAsync(string sessionHash, CancellationToken cancellationToken = default);

    /// <summary>Moves the expiry of an active session to <paramref name="expiresUtc"/>; false when it is ended or unknown.</summary>
    Task<bool> ExtendAsync(string sessionHash, DateTimeOffset expiresUtc, CancellationToken cancellationToken = default);

    /// <summary>Ends one session; false when it is unknown or already ended.</summary>
    Task<bool> EndAsync(string sessionHash, DateTimeOffset endedUtc, CancellationToken cancellationToken = default);

    /// <summary>Ends every session of the user that is not ended yet; returns how many.</summary>
    Task<int> EndAllAsync(string userId, DateTimeOffset endedUtc, CancellationToken cancellationToken = default);
}
