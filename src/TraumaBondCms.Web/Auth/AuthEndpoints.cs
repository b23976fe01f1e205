using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Web.Http;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// Sign-in endpoints: <c>POST /api/auth/token</c> returns a bearer token for API clients;
/// <c>POST /api/auth/login</c> and <c>/logout</c> manage the cookie the admin UI uses; <c>GET /api/auth/me</c> says who you are.
/// </summary>
public static class AuthEndpoints
{
    /// <summary>Maps the auth endpoints.</summary>
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");
        auth.MapPost("/token", (SignInService signIn, [FromBody] JsonElement body, CancellationToken ct) => SignInAsync(signIn, body, BearerTokenDefaults.AuthenticationScheme, ct));
        auth.MapPost("/login", (SignInService signIn, [FromBody] JsonElement body, CancellationToken ct) => SignInAsync(signIn, body, CookieAuthenticationDefaults.AuthenticationScheme, ct));
        auth.MapPost("/logout", () => TypedResults.SignOut(authenticationSchemes: [CookieAuthenticationDefaults.AuthenticationScheme]));
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

    private static async Task<IResult> SignInAsync(SignInService signIn, JsonElement body, string scheme, CancellationToken cancellationToken)
    {
        JsonBody.RequireObject(body, "username", "userName", "password");
        var userName = JsonBody.OptionalString(body, "username") ?? JsonBody.RequiredString(body, "userName");
        var password = JsonBody.RequiredString(body, "password");
        var principal = await signIn.SignInAsync(userName, password, scheme, cancellationToken);
        if (principal is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Sign-in refused.",
                detail: "The user name or password is wrong, or the account is locked or disabled.");
        }

        return TypedResults.SignIn(principal, new AuthenticationProperties { IsPersistent = false }, scheme);
    }
}
