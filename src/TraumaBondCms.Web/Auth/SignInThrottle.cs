using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using TraumaBondCms.Web.Configuration;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// Slows down password guessing without letting anyone lock anyone else out. Every sign-in attempt first takes a permit from
/// ASP.NET Core's token-bucket rate limiter for the client's address (<see cref="ThrottleOptions.RequestsPerMinute"/>: it
/// bounds the password hashing one address can cause). Then a wrong sign-in password counts against the
/// client that typed it three ways: for that account from that client, for any account from that client, and for the
/// account from all clients; past each allowance the client waits with exponential backoff (<see cref="ThrottleOptions"/>).
/// The account-wide count only holds back clients that have themselves typed a wrong password for the account, so a
/// client with none (the account's owner) is never kept out by others. A signed-in user's wrong signature passwords are
/// counted apart and hold back only their signing. Checked before the password is, so a waiting client learns nothing.
/// In memory, per node. Thread-safe.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _requests;
    private readonly FailureBackoff _accountAtClient;
    private readonly FailureBackoff _client;
    private readonly FailureBackoff _account;
    private readonly FailureBackoff _signer;
    private readonly TimeProvider _clock;

    /// <summary>Creates the throttle with the limits of <c>Cms:Auth:Throttle</c>.</summary>
    public SignInThrottle(IOptions<CmsOptions> options, TimeProvider clock)
    {
        var limits = options.Value.Auth.Throttle;
        _accountAtClient = new FailureBackoff(limits.FailuresPerAccount, limits.FirstWait, limits.MaxWait);
        _client = new FailureBackoff(limits.FailuresPerClient, limits.FirstWait, limits.MaxWait);
        _account = new FailureBackoff(limits.FailuresPerAccountFromAllClients, limits.FirstWait, limits.MaxWait);
        _signer = new FailureBackoff(limits.SignatureFailures, limits.FirstWait, limits.MaxWait);
        _clock = clock;
        var perMinute = Math.Max(1, limits.RequestsPerMinute);
        _requests = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>
    /// Admits one sign-in attempt of <paramref name="client"/> for <paramref name="userName"/> (taking a rate-limiter permit):
    /// null when it may try now, else how long it must wait (the password must then not be checked).
    /// </summary>
    public TimeSpan? Admit(string client, string userName)
    {
        using (var lease = _requests.AttemptAcquire(client))
        {
            if (!lease.IsAcquired)
            {
                return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            }
        }

        var now = _clock.GetUtcNow();
        var account = Account(userName);
        var accountAtClient = account + "\n" + client;
        var waits = new[]
        {
            _accountAtClient.WaitAt(accountAtClient, now),
            _client.WaitAt(client, now),
            _accountAtClient.Remembers(accountAtClient, now) ? _account.WaitAt(account, now) : null,
        };
        return waits.Max();
    }

    /// <summary>Counts a wrong password (or unknown user) typed by <paramref name="client"/> for <paramref name="userName"/>.</summary>
    public void SignInFailed(string client, string userName)
    {
        var now = _clock.GetUtcNow();
        var account = Account(userName);
        _accountAtClient.Fail(account + "\n" + client, now);
        _client.Fail(client, now);
        _account.Fail(account, now);
    }

    /// <summary>Forgets the failures of <paramref name="client"/> for <paramref name="userName"/> after the right password.</summary>
    public void SignInSucceeded(string client, string userName) => _accountAtClient.Forget(Account(userName) + "\n" + client);

    /// <summary>How long the user must wait before signing with a password again; null when they may sign now.</summary>
    public TimeSpan? SignatureWait(string userId) => _signer.WaitAt(userId, _clock.GetUtcNow());

    /// <summary>Counts a wrong signature password of the user.</summary>
    public void SignatureFailed(string userId) => _signer.Fail(userId, _clock.GetUtcNow());

    /// <summary>Forgets the user's wrong signature passwords after a right one.</summary>
    public void SignatureSucceeded(string userId) => _signer.Forget(userId);

    /// <inheritdoc />
    public void Dispose() => _requests.Dispose();

    // User names are unique ignoring case (and surrounding spaces), so "ADMIN " is the same account as "admin".
    private static string Account(string userName) => userName.Trim().ToUpperInvariant();
}
