using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// Runs after authentication on every request: a cookie or token whose user is gone, disabled, or whose
/// security stamp changed since it was issued (new password, new roles) is treated as anonymous.
/// </summary>
public sealed class SecurityStampValidator(ICmsStore store) : IClaimsTransformation
{
    /// <inheritdoc />
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.HasClaim(c => c.Type == "tbcms:validated"))
        {
            return principal;
        }

        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal.FindFirstValue(CmsClaimTypes.SecurityStamp);
        if (userId is null || stamp is null)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        await using var session = await store.OpenReadAsync();
        var user = await session.Users.FindByIdAsync(userId);
        if (user is null || user.Disabled || user.SecurityStamp != stamp)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        // Transformation can run more than once per request; mark the principal so the lookup does not repeat.
        var validated = principal.Clone();
        ((ClaimsIdentity)validated.Identity!).AddClaim(new Claim("tbcms:validated", "1"));
        return validated;
    }
}
