using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace TraumaBondCms.Web.Auth;

/// <summary>Grants <see cref="PermissionRequirement"/> from the permissions of the user's roles, read from <see cref="RoleCatalog"/>.</summary>
public sealed class PermissionHandler(RoleCatalog roles) : AuthorizationHandler<PermissionRequirement>
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && roles.PermissionsOf(context.User.FindAll(ClaimTypes.Role).Select(c => c.Value)).Contains(requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
