using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Configuration;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// Server-side sign-in sessions: every cookie and bearer token carries a session id (<see cref="CmsClaimTypes.SessionId"/>)
/// that must name an active <see cref="SignInSession"/> on each request, so signing out ends that cookie or token at once,
/// on every node, even for a copy kept by someone else. Thread-safe.
/// </summary>
public sealed class SignInSessions(ICmsStore store, IOptions<CmsOptions> options, SessionCheckCache checks, TimeProvider clock)
{
    /// <summary>Starts a session for <paramref name="userId"/> in the caller's write session (the caller commits); returns its id, for the principal.</summary>
    public async Task<string> StartAsync(IStoreSession session, string userId, string authenticationType, CancellationToken cancellationToken = default)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var isCookie = authenticationType == CookieAuthenticationDefaults.AuthenticationScheme;
        var now = clock.GetUtcNow();
        await session.SignInSessions.StartAsync(
            new SignInSession
            {
                SessionHash = Hash(id),
                UserId = userId,
                Kind = isCookie ? "cookie" : "token",
                StartedUtc = now,
                ExpiresUtc = now + (isCookie ? options.Value.Auth.CookieLifetime : options.Value.Auth.TokenLifetime),
            },
            cancellationToken);
        return id;
    }

    /// <summary>The session stored under <paramref name="sessionHash"/> when it is active and belongs to <paramref name="userId"/>, read in <paramref name="session"/>; else null.</summary>
    public async Task<SignInSession?> FindActiveAsync(IStoreSession session, string sessionHash, string userId, CancellationToken cancellationToken = default) =>
        await session.SignInSessions.FindAsync(sessionHash, cancellationToken) is { } stored && stored.UserId == userId && stored.IsActiveAt(clock.GetUtcNow())
            ? stored
            : null;

    /// <summary>Keeps the session of a renewed sliding cookie alive until <paramref name="expiresUtc"/>.</summary>
    public async Task ExtendAsync(ClaimsPrincipal principal, DateTimeOffset expiresUtc, CancellationToken cancellationToken = default)
    {
        if (principal.FindFirstValue(CmsClaimTypes.SessionId) is { } id)
        {
            await using var session = await store.BeginWriteAsync(cancellationToken);
            await session.SignInSessions.ExtendAsync(Hash(id), expiresUtc, cancellationToken);
            await session.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Ends the session <paramref name="principal"/> is signed in with (signing out), audited; nothing for an anonymous caller.</summary>
    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (principal.FindFirstValue(CmsClaimTypes.SessionId) is not { } id)
        {
            return;
        }

        await using var session = await store.BeginWriteAsync(cancellationToken);
        if (await session.SignInSessions.EndAsync(Hash(id), clock.GetUtcNow(), cancellationToken))
        {
            await AuditAsync(session, AuditActions.SignedOut, principal.FindFirstValue(ClaimTypes.Name), principal.FindFirstValue(ClaimTypes.Name)!, 1, cancellationToken);
        }

        await session.CommitAsync(cancellationToken);
        checks.ForgetSession(Hash(id));
    }

    /// <summary>
    /// Ends every session of <paramref name="userId"/> ("sign out everywhere") in the caller's write session, audited with who
    /// asked; returns how many ended. The caller commits, then calls <see cref="SessionCheckCache.ForgetUser"/>.
    /// </summary>
    public async Task<int> EndAllAsync(IStoreSession session, string userId, string userName, CmsActor actor, CancellationToken cancellationToken = default)
    {
        var ended = await session.SignInSessions.EndAllAsync(userId, clock.GetUtcNow(), cancellationToken);
        await AuditAsync(session, AuditActions.SignedOutEverywhere, actor.UserName, userName, ended, cancellationToken);
        return ended;
    }

    /// <summary>Ends every session of the signed-in <paramref name="self"/> ("sign out everywhere", asked by the user themself), audited.</summary>
    public async Task<int> EndAllOfAsync(CmsActor self, CancellationToken cancellationToken = default)
    {
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var ended = await EndAllAsync(session, self.UserId!, self.UserName!, self, cancellationToken);
        await session.CommitAsync(cancellationToken);
        checks.ForgetUser(self.UserId!);
        return ended;
    }

    /// <summary>The stored form of a session id: lower-case hex SHA-256.</summary>
    public static string Hash(string sessionId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)));

    private async Task AuditAsync(IStoreSession session, string action, string? actor, string userName, int sessions, CancellationToken cancellationToken) =>
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = clock.GetUtcNow(),
                Actor = actor,
                Action = action,
                Details = System.Text.Json.JsonSerializer.Serialize(new { user = userName, sessions }),
            },
            cancellationToken);
}
