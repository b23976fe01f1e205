using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Http;

namespace TraumaBondCms.Web.Safety;

/// <summary>
/// The clinical safety API: stored and on-demand check runs (<c>/api/content/{id}/checks</c>), resource verification
/// (<c>/api/resources/...</c>) and public crisis routing (<c>/api/crisis-resources</c>).
/// </summary>
public static class SafetyEndpoints
{
    /// <summary>Maps the safety endpoints.</summary>
    public static IEndpointRouteBuilder MapSafetyEndpoints(this IEndpointRouteBuilder app)
    {
        var checks = app.MapGroup("/api/content/{id}/checks").WithTags("Safety").RequireAuthorization(Permissions.ViewDrafts);
        checks.MapGet(string.Empty, async (HttpContext http, SafetyCheckService service, RoleCatalog roles, string id, string? version, CancellationToken ct) =>
        {
            var (item, runs) = await service.GetRunsAsync(id, version, CmsActor.From(http.User, roles), ct);
            return TypedResults.Ok(new { contentItemId = id, contentItemVersionId = item.ContentItemVersionId, version = item.Version, status = item.Status, contentHash = item.ContentHash, runs });
        });
        checks.MapPost("/run", async (HttpContext http, SafetyCheckService service, RoleCatalog roles, string id, [FromBody] JsonElement? body, CancellationToken ct) =>
        {
            string? version = null;
            if (body is { ValueKind: not JsonValueKind.Undefined } b)
            {
                JsonBody.RequireObject(b, "version");
                version = JsonBody.OptionalString(b, "version");
            }

            var (item, report) = await service.RunAsync(id, version, CmsActor.From(http.User, roles), ct);
            return TypedResults.Ok(new
            {
                contentItemId = id,
                contentItemVersionId = item.ContentItemVersionId,
                version = item.Version,
                status = item.Status,
                contentHash = item.ContentHash,
                configured = report is not null,
                errors = report?.Errors ?? 0,
                warnings = report?.Warnings ?? 0,
                report,
            });
        });

        var resources = app.MapGroup("/api/resources").WithTags("Safety");
        resources.MapGet("/verification-overdue", async (HttpContext http, ResourceVerificationService service, RoleCatalog roles, CancellationToken ct) =>
            TypedResults.Ok(await service.StatesAsync(overdueOnly: true, CmsActor.From(http.User, roles), ct)))
            .RequireAuthorization(Permissions.ViewDrafts);
        resources.MapGet("/verification-status", async (HttpContext http, ResourceVerificationService service, RoleCatalog roles, CancellationToken ct) =>
            TypedResults.Ok(await service.StatesAsync(overdueOnly: false, CmsActor.From(http.User, roles), ct)))
            .RequireAuthorization(Permissions.ViewDrafts);
        resources.MapGet("/{id}/verifications", async (HttpContext http, ResourceVerificationService service, RoleCatalog roles, string id, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(id, CmsActor.From(http.User, roles), ct)))
            .RequireAuthorization(Permissions.ViewDrafts);
        resources.MapPost("/{id}/verify", VerifyAsync).RequireAuthorization(Permissions.VerifyResources);

        app.MapGet("/api/crisis-resources", async (HttpContext http, CrisisRoutingService routing, Localization.LocalizationCatalog localization, string? region, string? culture, CancellationToken ct) =>
        {
            if (culture is null)
            {
                http.Response.Headers.Vary = "Accept-Language";
            }

            return TypedResults.Ok(await routing.RouteAsync(region, Localization.RequestCulture.Of(http, culture, localization.Settings), ct));
        })
            .WithTags("Safety")
            .AllowAnonymous();
        return app;
    }

    private static async Task<IResult> VerifyAsync(HttpContext http, ResourceVerificationService service, RoleCatalog roles, string id, [FromBody] JsonElement? body, CancellationToken ct)
    {
        var input = new VerificationInput();
        if (body is { ValueKind: not JsonValueKind.Undefined } b)
        {
            JsonBody.RequireObject(b, "note", "version", "method", "checkedUtc", "password", "code");
            input = new VerificationInput
            {
                Note = JsonBody.OptionalString(b, "note"),
                Version = JsonBody.OptionalString(b, "version"),
                Method = JsonBody.OptionalString(b, "method") is { } method
                    ? Enum.TryParse<VerificationMethod>(method, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed
                        : throw ContentValidationException.For("method", $"'{method}' is not a verification method; use {string.Join(", ", Enum.GetNames<VerificationMethod>())}.")
                    : null,
                CheckedUtc = JsonBody.OptionalString(b, "checkedUtc") is { } at
                    ? DateTimeOffset.TryParse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var checkedUtc) ? checkedUtc
                        : throw ContentValidationException.For("checkedUtc", "checkedUtc is an ISO 8601 time, e.g. 2026-12-07T10:30:00Z.")
                    : null,
                Password = JsonBody.OptionalString(b, "password"),
                Code = JsonBody.OptionalString(b, "code"),
            };
        }

        var (verification, state) = await service.VerifyAsync(id, input, CmsActor.From(http.User, roles), ct);
        return TypedResults.Ok(new { verification, state });
    }
}
