using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Web.Http;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// Sign-in endpoints: <c>POST /api/auth/token</c> returns a bearer token for API clients; <c>POST /api/auth/login</c> and
/// <c>/logout</c> manage the cookie the admin UI uses (logout ends the session of the cookie or token it is called with, on
/// the server); <c>POST /api/auth/logout-everywhere</c> ends every session of the caller; <c>GET /api/auth/me</c> says who you
/// are. Sign-in attempts are rate limited per client and wrong passwords throttled (<see cref="SignInThrottle"/>): a client that
/// must wait gets 429 with <c>Retry-After</c>.
/// </summary>
public static class AuthEndpoints
{
    /// <summary>Maps the auth endpoints.</summary>
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");
        auth.MapPost("/token", (HttpContext http, SignInService signIn, [FromBody] JsonElement body, CancellationToken ct) => SignInAsync(http, signIn, body, BearerTokenDefaults.AuthenticationScheme, ct));
        auth.MapPost("/login", (HttpContext http, SignInService signIn, [FromBody] JsonElement body, CancellationToken ct) => SignInAsync(http, signIn, body, CookieAuthenticationDefaults.AuthenticationScheme, ct));
        auth.MapPost("/logout", async (HttpContext http, SignInSessions sessions, CancellationToken ct) =>
        {
            await sessions.EndAsync(http.User, ct);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        });
        auth.MapPost("/logout-everywhere", async (HttpContext http, SignInSessions sessions, RoleCatalog roles, CancellationToken ct) =>
        {
            await sessions.EndAllOfAsync(CmsActor.From(http.User, roles), ct);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        }).RequireAuthorization();
        auth.MapGet("/me", (HttpContext http, RoleCatalog roles) =>
        {
            var actor = CmsActor.From(http.User, roles);
            return TypedResults.Ok(new
            {
                userName = actor.UserName,
                displayName = actor.DisplayName,
                roles = http.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray(),
                permissions = actor.Permissions.Order(StringComparer.Ordinal).ToArray(),
            });
        }).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> SignInAsync(HttpContext http, SignInService signIn, JsonElement body, string scheme, CancellationToken cancellationToken)
    {
        JsonBody.RequireObject(body, "username", "userName", "password", "code");
        var userName = JsonBody.OptionalString(body, "username") ?? JsonBody.RequiredString(body, "userName");
        var password = JsonBody.RequiredString(body, "password");
        var outcome = await signIn.SignInAsync(userName, password, SignInService.ClientOf(http), scheme, cancellationToken, JsonBody.OptionalString(body, "code"));
        if (outcome.Wait is not null)
        {
            return TooManyAttempts(http, outcome.RetryAfterSeconds);
        }

        if (outcome.Principal is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Sign-in refused.",
                detail: "The user name or password is wrong, or the account is disabled, or the account has a second factor and its authenticator code (\"code\": a fresh one, or a recovery code) is missing or wrong.");
        }

        return TypedResults.SignIn(outcome.Principal, new AuthenticationProperties { IsPersistent = false }, scheme);
    }

    /// <summary>429 with <c>Retry-After</c>, saying the client must wait (and that the account is not locked).</summary>
    public static IResult TooManyAttempts(HttpContext http, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many sign-in attempts.",
            detail: $"Too many attempts from this address: try again in {retryAfterSeconds} seconds. The account is not locked; other devices can still sign in.");
    }
}
