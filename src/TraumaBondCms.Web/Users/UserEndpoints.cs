using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Http;

namespace TraumaBondCms.Web.Users;

/// <summary>User administration under <c>/api/users</c>; every endpoint needs <see cref="Permissions.ManageUsers"/>.</summary>
public static class UserEndpoints
{
    /// <summary>Maps the user endpoints.</summary>
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Permissions.ManageUsers);
        users.MapGet("/", async (HttpContext http, UserService service, RoleCatalog roles, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok((await service.ListAsync(CmsActor.From(http.User, roles), ct)).Select(u => UserResponse.From(u, clock.GetUtcNow()))));

        users.MapPost("/", async (HttpContext http, UserService service, RoleCatalog roles, TimeProvider clock, [FromBody] JsonElement body, CancellationToken ct) =>
        {
            JsonBody.RequireObject(body, "userName", "displayName", "email", "password", "roles", "credential");
            var user = await service.CreateAsync(
                new NewUser
                {
                    UserName = JsonBody.RequiredString(body, "userName"),
                    DisplayName = JsonBody.OptionalString(body, "displayName"),
                    Email = JsonBody.OptionalString(body, "email"),
                    Password = JsonBody.RequiredString(body, "password"),
                    Roles = ReadRoles(body),
                    Credential = ReadCredential(body),
                },
                CmsActor.From(http.User, roles),
                ct);
            return TypedResults.Created($"/api/users/{user.UserName}", UserResponse.From(user, clock.GetUtcNow()));
        });

        users.MapPut("/{userName}", async (HttpContext http, UserService service, RoleCatalog roles, TimeProvider clock, string userName, [FromBody] JsonElement body, CancellationToken ct) =>
        {
            JsonBody.RequireObject(body, "displayName", "roles", "credential", "disabled");
            var disabled = body.TryGetProperty("disabled", out var d) && d.ValueKind == JsonValueKind.True;
            var user = await service.UpdateAsync(userName, ReadRoles(body), JsonBody.OptionalString(body, "displayName"), ReadCredential(body), disabled, CmsActor.From(http.User, roles), ct);
            return TypedResults.Ok(UserResponse.From(user, clock.GetUtcNow()));
        });

        users.MapPost("/{userName}/password", async (HttpContext http, UserService service, RoleCatalog roles, string userName, [FromBody] JsonElement body, CancellationToken ct) =>
        {
            JsonBody.RequireObject(body, "password");
            await service.SetPasswordAsync(userName, JsonBody.RequiredString(body, "password"), CmsActor.From(http.User, roles), ct);
            return TypedResults.NoContent();
        });
        return app;
    }

    private static string[] ReadRoles(JsonElement body) =>
        !body.TryGetProperty("roles", out var roles) || roles.ValueKind == JsonValueKind.Null ? []
        : roles.ValueKind == JsonValueKind.Array && roles.EnumerateArray().All(r => r.ValueKind == JsonValueKind.String) ? roles.EnumerateArray().Select(r => r.GetString()!).ToArray()
        : throw ContentValidationException.For("roles", "'roles' must be an array of role names.");

    private static ReviewerCredential? ReadCredential(JsonElement body)
    {
        if (!body.TryGetProperty("credential", out var credential) || credential.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        try
        {
            return credential.Deserialize<ReviewerCredential>(CmsJson.Options);
        }
        catch (JsonException e)
        {
            throw ContentValidationException.For("credential", $"'credential' needs title, licenseNumber and expiresOn (yyyy-MM-dd): {e.Message}");
        }
    }
}
