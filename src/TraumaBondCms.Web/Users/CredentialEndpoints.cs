using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Http;

namespace TraumaBondCms.Web.Users;

/// <summary>
/// The two-person rule for reviewer credentials over HTTP, apart from the rest of user administration:
/// <c>GET /api/credentials/unconfirmed</c> and <c>POST /api/credentials/{userName}/confirm</c> <c>{ "password" }</c>.
/// Both need <see cref="Permissions.ManageUsers"/>.
/// </summary>
public static class CredentialEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapCredentialEndpoints(this IEndpointRouteBuilder app)
    {
        var credentials = app.MapGroup("/api/credentials").WithTags("Users").RequireAuthorization(Permissions.ManageUsers);
        credentials.MapGet("/unconfirmed", async (HttpContext http, CredentialConfirmationService service, RoleCatalog roles, CancellationToken ct) =>
            TypedResults.Ok((await service.UnconfirmedAsync(CmsActor.From(http.User, roles), ct)).Select(CredentialResponse.From)));
        credentials.MapPost("/{userName}/confirm", async (HttpContext http, CredentialConfirmationService service, RoleCatalog roles, string userName, [FromBody] JsonElement body, CancellationToken ct) =>
        {
            JsonBody.RequireObject(body, "password", "code");
            var user = await service.ConfirmAsync(userName, JsonBody.OptionalString(body, "password"), JsonBody.OptionalString(body, "code"), CmsActor.From(http.User, roles), ct);
            return TypedResults.Ok(CredentialResponse.From(user));
        });
        return app;
    }
}
