using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Http;

namespace TraumaBondCms.Web.GraphQL.Preview;

/// <summary>
/// <c>/api/preview-tokens</c>: <c>POST</c> creates a token (<c>{ contentItemId?, expiresInHours?, label? }</c>; the response
/// carries the secret once), <c>GET</c> lists them (<c>?all=true</c> includes expired and revoked ones), <c>DELETE /{id}</c>
/// revokes one. Editors only (<see cref="Permissions.EditContent"/>).
/// </summary>
public static class PreviewTokenEndpoints
{
    /// <summary>Maps the preview token endpoints.</summary>
    public static IEndpointRouteBuilder MapPreviewTokenEndpoints(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/api/preview-tokens").WithTags("Preview").RequireAuthorization(Permissions.EditContent);
        tokens.MapPost("/", CreateAsync);
        tokens.MapGet("/", async (HttpContext http, PreviewTokenService previews, RoleCatalog roles, TimeProvider clock, bool? all, CancellationToken ct) =>
        {
            var now = clock.GetUtcNow();
            return TypedResults.Ok((await previews.ListAsync(all == true, CmsActor.From(http.User, roles), ct)).Select(t => PreviewTokenResponse.From(t, now)).ToArray());
        });
        tokens.MapDelete("/{tokenId}", async (HttpContext http, PreviewTokenService previews, RoleCatalog roles, string tokenId, CancellationToken ct) =>
        {
            try
            {
                await previews.RevokeAsync(tokenId, CmsActor.From(http.User, roles), ct);
                return Results.NoContent();
            }
            catch (PreviewTokenNotFoundException e)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: e.Message);
            }
        });
        return app;
    }

    private static async Task<IResult> CreateAsync(HttpContext http, PreviewTokenService previews, RoleCatalog roles, TimeProvider clock, [FromBody] JsonElement body, CancellationToken ct)
    {
        JsonBody.RequireObject(body, "contentItemId", "expiresInHours", "label");
        TimeSpan? lifetime = null;
        if (body.TryGetProperty("expiresInHours", out var hours) && hours.ValueKind != JsonValueKind.Null)
        {
            lifetime = hours.ValueKind == JsonValueKind.Number && hours.TryGetDouble(out var h) && double.IsFinite(h) && h > 0 && h < 1e6
                ? TimeSpan.FromHours(h)
                : throw ContentValidationException.For("expiresInHours", "'expiresInHours' is a positive number of hours.");
        }

        var created = await previews.CreateAsync(JsonBody.OptionalString(body, "contentItemId"), lifetime, JsonBody.OptionalName(body, "label"), CmsActor.From(http.User, roles), ct);
        return TypedResults.Created($"/api/preview-tokens/{created.Token.TokenId}", PreviewTokenResponse.From(created.Token, clock.GetUtcNow(), created.Secret));
    }
}
