using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// Writes a <c>permission.denied</c> audit entry whenever a signed-in user is refused by an endpoint's policy,
/// then lets the default handler answer (403). Anonymous challenges are not audited: they are not denials of a
/// known person, and would let anyone fill the log. A user who must set up a second factor first is told so instead: the
/// admin UI sends them to the page where they set it up, the API answers 403 saying what to do.
/// </summary>
public sealed class AuditingAuthorizationResultHandler(PermissionDenials denials) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    /// <inheritdoc />
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.HasClaim(c => c.Type == CmsClaimTypes.SecondFactorEnrolment))
        {
            if (context.Request.Path.StartsWithSegments("/admin"))
            {
                context.Response.Redirect(SecondFactorEndpoints.AdminPage);
                return;
            }

            await Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Set up a second factor first.",
                detail: $"Your role signs clinical content or administers the CMS, so your account needs an authenticator app before anything else: POST {SecondFactorEndpoints.Path}/enrol with your password, then POST {SecondFactorEndpoints.Path}/confirm with a first code (or use {SecondFactorEndpoints.AdminPage}).").ExecuteAsync(context);
            return;
        }

        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var needed = string.Join(", ", policy.Requirements.OfType<PermissionRequirement>().Select(r => r.Permission));
            await denials.RecordAsync(context, needed.Length == 0 ? "access" : needed);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
