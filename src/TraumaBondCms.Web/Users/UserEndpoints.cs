using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Http;

namespace TraumaBondCms.Web.Users;

/// <summary>
/// User administration under <c>/api/users</c>: list, create, replace (PUT) or change (PATCH) a user, set a password, sign a
/// user out everywhere. Every endpoint needs <see cref="Permissions.ManageUsers"/>.
/// </summary>
public static class UserEndpoints
{
    /// <summary>Maps the user endpoints.</summary>
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Permissions.ManageUsers);
        users.MapGet("/", async (HttpContext http, UserService service, RoleCatalog roles, CancellationToken ct) =>
            TypedResults.Ok((await service.ListAsync(CmsActor.From(http.User, roles), ct)).Select(u => UserResponse.From(u))));

        users.MapPost("/", async (HttpContext http, UserService service, RoleCatalog roles, [FromBody] JsonElement body, CancellationToken ct) =>
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
            return TypedResults.Created($"/api/users/{user.UserName}", UserResponse.From(user));
        });

        // PUT replaces the whole user and so needs every member; PATCH changes only the members given. One audit entry either way.
        users.MapPut("/{userName}", (HttpContext http, UserService service, RoleCatalog roles, string userName, [FromBody] JsonElement body, CancellationToken ct) =>
            ChangeAsync(http, service, roles, userName, ReadChange(body, replace: true), ct));
        users.MapPatch("/{userName}", (HttpContext http, UserService service, RoleCatalog roles, string userName, [FromBody] JsonElement body, CancellationToken ct) =>
            ChangeAsync(http, service, roles, userName, ReadChange(body, replace: false), ct));
        users.MapPost("/{userName}/sign-out", async (HttpContext http, UserService service, RoleCatalog roles, string userName, CancellationToken ct) =>
        {
            await service.SignOutEverywhereAsync(userName, CmsActor.From(http.User, roles), ct);
            return TypedResults.NoContent();
        });

        users.MapPost("/{userName}/password", async (HttpContext http, UserService service, RoleCatalog roles, string userName, [FromBody] JsonElement body, CancellationToken ct) =>
        {
            JsonBody.RequireObject(body, "password");
            await service.SetPasswordAsync(userName, JsonBody.RequiredString(body, "password"), CmsActor.From(http.User, roles), ct);
            return TypedResults.NoContent();
        });
        return app;
    }

    private static async Task<IResult> ChangeAsync(HttpContext http, UserService service, RoleCatalog roles, string userName, UserChange change, CancellationToken ct) =>
        TypedResults.Ok(UserResponse.From(await service.UpdateAsync(userName, change, CmsActor.From(http.User, roles), ct)));

    private static UserChange ReadChange(JsonElement body, bool replace)
    {
        string[] members = ["displayName", "roles", "credential", "disabled"];
        JsonBody.RequireObject(body, [.. members, "email"]);
        if (replace)
        {
            JsonBody.RequireMembers(body, members);
        }

        return new UserChange
        {
            DisplayName = body.TryGetProperty("displayName", out _) ? JsonBody.RequiredString(body, "displayName") : null,
            Roles = body.TryGetProperty("roles", out _) ? ReadRoles(body) : null,
            SetsCredential = body.TryGetProperty("credential", out _),
            Credential = ReadCredential(body),
            Disabled = body.TryGetProperty("disabled", out _) ? JsonBody.RequiredBoolean(body, "disabled") : null,
            SetsEmail = body.TryGetProperty("email", out _),
            Email = JsonBody.OptionalString(body, "email"),
        };
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
