using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// The default scheme: authenticates with the bearer token when an <c>Authorization: Bearer</c> header is
/// present, else with the sign-in cookie, then checks the user and the session against the database. A token or
/// cookie whose user is gone, disabled, or whose security stamp changed since it was issued (new password, new
/// roles, disabled), or whose session ended (signed out, signed out everywhere), fails authentication, so the
/// caller gets 401 rather than being treated as signed in. A user whose roles need a second factor that they have not set up
/// yet (<see cref="SecondFactorService.IsRequiredFor"/>) is signed in without their roles (and with
/// <see cref="CmsClaimTypes.SecondFactorEnrolment"/>): they can set one up and sign out, nothing else. A successful check is
/// remembered briefly (<see cref="SessionCheckCache"/>), so a signed-in client's requests do not all read the database.
/// </summary>
public sealed class CmsAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ICmsStore store, SignInSessions sessions, SecondFactorService secondFactors, SessionCheckCache checks)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "Cms";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var result = await Context.AuthenticateAsync(InnerScheme());
        if (!result.Succeeded)
        {
            return result.None ? AuthenticateResult.NoResult() : result;
        }

        var userId = result.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = result.Principal.FindFirstValue(CmsClaimTypes.SecurityStamp);
        if (userId is null || stamp is null)
        {
            return AuthenticateResult.Fail("The credentials carry no user.");
        }

        if (result.Principal.FindFirstValue(CmsClaimTypes.SessionId) is not { } sessionId)
        {
            return Ended();
        }

        var sessionHash = SignInSessions.Hash(sessionId);
        if (checks.TryGet(sessionHash, userId, stamp, out var withheld))
        {
            return Success(result, withheld);
        }

        var generation = checks.Generation;
        await using var session = await store.OpenReadAsync(Context.RequestAborted);
        var user = await session.Users.FindByIdAsync(userId, Context.RequestAborted);
        if (user is null || user.Disabled || user.SecurityStamp != stamp)
        {
            return AuthenticateResult.Fail("The credentials were revoked: the user changed their password or roles, or was disabled.");
        }

        if (await sessions.FindActiveAsync(session, sessionHash, userId, Context.RequestAborted) is not { } active)
        {
            return Ended();
        }

        var withoutRoles = secondFactors.IsRequiredFor(user.Roles) && (await session.SecondFactors.GetAsync(user.UserId, Context.RequestAborted))?.Confirmed != true;
        checks.Remember(sessionHash, userId, stamp, active.ExpiresUtc, withoutRoles, generation);
        return Success(result, withoutRoles);
    }

    private static AuthenticateResult Ended() => AuthenticateResult.Fail("The session ended: it was signed out, or has expired.");

    private AuthenticateResult Success(AuthenticateResult inner, bool withoutRoles) =>
        AuthenticateResult.Success(new AuthenticationTicket(withoutRoles ? WithoutRoles(inner.Principal!) : inner.Principal!, inner.Properties, Scheme.Name));

    // The principal with no role (so no permission) and the mark that the user must set up a second factor first.
    private static ClaimsPrincipal WithoutRoles(ClaimsPrincipal principal)
    {
        var identity = (ClaimsIdentity)principal.Identity!;
        var claims = principal.Claims.Where(c => c.Type != identity.RoleClaimType).Append(new Claim(CmsClaimTypes.SecondFactorEnrolment, "required"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => Context.ChallengeAsync(InnerScheme(), properties);

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => Context.ForbidAsync(InnerScheme(), properties);

    private string InnerScheme() =>
        Request.Headers.Authorization.FirstOrDefault()?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true
            ? BearerTokenDefaults.AuthenticationScheme
            : CookieAuthenticationDefaults.AuthenticationScheme;
}
