using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Web.Http;
using TraumaBondCms.Web.Users;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// The second factor over HTTP, for the signed-in user: <c>GET /api/auth/second-factor</c> (status),
/// <c>POST .../enrol</c> <c>{ password }</c> (a new secret: Base32 key, <c>otpauth://</c> URI and QR code),
/// <c>POST .../confirm</c> <c>{ code }</c> (a first code; answers the recovery codes, shown once),
/// <c>POST .../recovery-codes</c> <c>{ password, code }</c> (new recovery codes); and for administrators
/// <c>POST /api/users/{name}/second-factor/reset</c> (a lost phone). Open to users who must set one up before anything else.
/// </summary>
public static class SecondFactorEndpoints
{
    /// <summary>The base path of the user's own second factor.</summary>
    public const string Path = "/api/auth/second-factor";

    /// <summary>The admin page where a user sets up their second factor.</summary>
    public const string AdminPage = "/admin/account/security";

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapSecondFactorEndpoints(this IEndpointRouteBuilder app)
    {
        var own = app.MapGroup(Path).WithTags("Auth").RequireAuthorization();
        own.MapGet("/", async (HttpContext http, SecondFactorService service, RoleCatalog roles, CancellationToken ct) =>
        {
            var actor = CmsActor.From(http.User, roles);
            var factor = await service.GetAsync(actor.UserId!, ct);
            return TypedResults.Ok(new
            {
                required = http.User.HasClaim(c => c.Type == CmsClaimTypes.SecondFactorEnrolment) || service.IsRequiredFor(actor.Roles),
                enrolled = factor?.Confirmed == true,
                pending = factor is { Confirmed: false },
                confirmedUtc = factor?.ConfirmedUtc,
                recoveryCodesLeft = factor?.Confirmed == true ? factor.RecoveryCodes.Count(c => c.UsedUtc is null) : (int?)null,
            });
        });
        own.MapPost("/enrol", async (HttpContext http, SecondFactorService service, SignatureCheck signatures, RoleCatalog roles, [FromBody] JsonElement body, CancellationToken ct) =>
        {
            JsonBody.RequireObject(body, "password");
            var user = await SignerAsync(signatures, CmsActor.From(http.User, roles), JsonBody.OptionalString(body, "password"), null, "set up an authenticator app", ct);
            var enrolment = await service.BeginAsync(user, ct);
            return TypedResults.Ok(new { secret = enrolment.Secret, uri = enrolment.Uri, qrCode = enrolment.QrCodeDataUri });
        });
        own.MapPost("/confirm", async (HttpContext http, SecondFactorService service, RoleCatalog roles, [FromBody] JsonElement body, CancellationToken ct) =>
        {
            JsonBody.RequireObject(body, "code");
            return TypedResults.Ok(new { recoveryCodes = await service.ConfirmAsync(CmsActor.From(http.User, roles).UserId!, JsonBody.OptionalString(body, "code"), ct) });
        });
        own.MapPost("/recovery-codes", async (HttpContext http, SecondFactorService service, SignatureCheck signatures, RoleCatalog roles, [FromBody] JsonElement body, CancellationToken ct) =>
        {
            JsonBody.RequireObject(body, "password", "code");
            var user = await SignerAsync(signatures, CmsActor.From(http.User, roles), JsonBody.OptionalString(body, "password"), JsonBody.OptionalString(body, "code"), "replace your recovery codes", ct);
            return TypedResults.Ok(new { recoveryCodes = await service.RenewRecoveryCodesAsync(user, ct) });
        });

        app.MapPost("/api/users/{userName}/second-factor/reset", async (HttpContext http, SecondFactorService service, UserService users, RoleCatalog roles, string userName, CancellationToken ct) =>
        {
            var actor = CmsActor.From(http.User, roles);
            var user = (await users.ListAsync(actor, ct)).FirstOrDefault(u => string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase)) ?? throw new UserNotFoundException(userName);
            return await service.ResetAsync(user, actor.AuditName, ct) ? Results.NoContent() : Results.Problem(statusCode: 404, title: "No second factor.", detail: $"{user.UserName} has no second factor to reset.");
        }).WithTags("Users").RequireAuthorization(Permissions.ManageUsers);
        return app;
    }

    // The signed-in user, after their password (and second factor's code, when they have one) checked out; else a refusal.
    private static async Task<CmsUser> SignerAsync(SignatureCheck signatures, CmsActor actor, string? password, string? code, string action, CancellationToken cancellationToken)
    {
        var signature = await signatures.VerifyAsync(actor, password, code, cancellationToken);
        if (signature.Wait is { } wait)
        {
            throw new WorkflowRefusedException(new TransitionDecision(null, [SignatureCheck.Throttled(wait)]));
        }

        return signature is { Verified: true, User: { } user }
            ? user
            : throw new WorkflowRefusedException(new TransitionDecision(null, [SignatureCheck.Refusal(signature.Verified, signature.Problem, action)]));
    }
}
