using Microsoft.AspNetCore.Authorization;

namespace TraumaBondCms.Web.Auth;

/// <summary>An authorization requirement satisfied when the user's roles grant <see cref="Permission"/>.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
