using System.Security.Claims;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// Checks user name and password for the token endpoint and the admin sign-in. A client that keeps typing wrong passwords
/// is made to wait (<see cref="SignInThrottle"/>); the account itself is never locked, so nobody can lock anyone out. The
/// same password hashing runs whether the user exists or not, so the answer's timing does not tell. Every checked attempt
/// is audited with the client's address; a refusal never says whether the user exists, or which of the password and the
/// code was wrong. An account with a second factor signs in with a fresh code from it (or a recovery code) beside the
/// password (<see cref="SecondFactorService"/>); wrong codes count like wrong passwords. A success starts a server-side session
/// (<see cref="SignInSessions"/>).
/// </summary>
public sealed class SignInService(
    ICmsStore store, UserAccounts accounts, RoleCatalog roles, SignInThrottle throttle, SignInSessions sessions, SecondFactorService secondFactors, TimeProvider clock, ILogger<SignInService> logger)
{
    /// <summary>
    /// Signs <paramref name="userName"/> in from <paramref name="client"/> (its address) for <paramref name="authenticationType"/>
    /// (cookie or bearer token), with <paramref name="code"/> from the account's authenticator app (or a recovery code) when it
    /// has a second factor. Throws <see cref="Core.Content.ContentValidationException"/> when the name cannot be a user
    /// name (control characters, too long), before anything is checked or written.
    /// </summary>
    public async Task<SignInOutcome> SignInAsync(string userName, string password, string client, string authenticationType, CancellationToken cancellationToken = default, string? code = null)
    {
        UserAccounts.CheckSignInName(userName);
        if (throttle.Admit(client, userName) is { } wait)
        {
            // A user name typed as an email address stays out of the log.
            logger.LogWarning("Sign-in as {UserName} from {Client} refused unchecked: the client must wait {Wait}.", Logging.LogRedaction.UserName(userName), client, wait);
            Telemetry.CmsTelemetry.CountThrottled("sign_in");
            return SignInOutcome.Throttled(wait);
        }

        CmsUser? user;
        await using (var read = await store.OpenReadAsync(cancellationToken))
        {
            user = await read.Users.FindByNameAsync(userName, cancellationToken);
        }

        // Hashing outside any transaction (it takes tens of milliseconds), and for an unknown user too.
        var verified = user is null ? accounts.VerifyUnknownUser(password) : accounts.VerifyPassword(user, password);
        var failure = user switch
        {
            null => "unknown user",
            { Disabled: true } => "account disabled",
            _ when !verified => "wrong password",
            _ => null,
        };

        await using var session = await store.BeginWriteAsync(cancellationToken);
        if (user is not null && failure is null)
        {
            failure = await secondFactors.ConsumeAsync(session, user.UserId, user.UserName, code, cancellationToken) switch
            {
                SecondFactorOutcome.Missing => "authenticator code missing",
                SecondFactorOutcome.Wrong => "authenticator code wrong or used",
                _ => null,
            };
        }

        string? sessionId = null;
        if (user is not null && failure is null)
        {
            sessionId = await sessions.StartAsync(session, user.UserId, authenticationType, cancellationToken);
        }

        if (user is not null && (failure is "wrong password" or "authenticator code wrong or used" || (failure is null && user.FailedSignIns > 0)))
        {
            // Shown to administrators ("3 failed sign-ins since the last success"); it locks nothing.
            await session.Users.UpdateAsync(user with { FailedSignIns = failure is null ? 0 : user.FailedSignIns + 1 }, cancellationToken);
        }

        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = clock.GetUtcNow(),
                Actor = user?.UserName ?? userName,
                Action = failure is null ? AuditActions.SignInSucceeded : AuditActions.SignInFailed,
                Reason = failure,
                Details = System.Text.Json.JsonSerializer.Serialize(new { via = authenticationType, client }),
            },
            cancellationToken);
        await session.CommitAsync(cancellationToken);

        if (failure is not null)
        {
            throttle.SignInFailed(client, userName);
            return SignInOutcome.Refused;
        }

        throttle.SignInSucceeded(client, userName);
        return new SignInOutcome(CreatePrincipal(user!, authenticationType, sessionId!), null);
    }

    /// <summary>Builds the principal carried by a cookie or token: id, name, display name, roles, security stamp and session id.</summary>
    public ClaimsPrincipal CreatePrincipal(CmsUser user, string authenticationType, string sessionId)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.UserId),
            new(ClaimTypes.Name, user.UserName),
            new(CmsClaimTypes.DisplayName, user.DisplayName),
            new(CmsClaimTypes.SecurityStamp, user.SecurityStamp),
            new(CmsClaimTypes.SessionId, sessionId),
        };
        claims.AddRange(user.Roles.Where(roles.Exists).Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>
    /// The client a request came from, as the throttle counts it: its IPv4 address, or the /64 network of an IPv6 address
    /// (one household or machine commonly holds a whole /64); "unknown" when the server does not know. Behind a reverse
    /// proxy this is the proxy unless forwarded headers are enabled (README, "Behind a reverse proxy").
    /// </summary>
    public static string ClientOf(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } address)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var network = address.GetAddressBytes();
        Array.Clear(network, 8, 8);
        return new System.Net.IPAddress(network) + "/64";
    }
}
