using System.Text.Json;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Http;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Localization;

/// <summary>
/// The localization API: <c>GET /api/cultures</c> (the site's cultures and each one's fallback chain, anonymous),
/// <c>POST /api/content/{id}/translations</c> (a draft translation; editors), <c>GET /api/content/{id}/translations</c>
/// (the item and its translations; published ones for readers, <c>?version=latest</c> for editors) and
/// <c>GET /api/content/{id}/source-change</c> (a translation against its source, with the diff; editors and reviewers).
/// </summary>
public static class LocalizationEndpoints
{
    /// <summary>Maps the localization endpoints.</summary>
    public static IEndpointRouteBuilder MapLocalizationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/cultures", (LocalizationCatalog localization) => TypedResults.Ok(new
        {
            defaultCulture = localization.Settings.DefaultCulture,
            cultures = localization.Settings.Cultures.Select(c => new { name = c.Name, displayName = c.DisplayName ?? c.Name, fallback = c.Fallback, chain = localization.Chain(c.Name) }),
        })).WithTags("Localization");

        var item = app.MapGroup("/api/content/{id}").WithTags("Localization");
        item.MapPost("/translations", TranslateAsync).RequireAuthorization(Permissions.EditContent);
        item.MapGet("/translations", async (HttpContext http, TranslationService translations, RoleCatalog roles, string id, string? version, CancellationToken ct) =>
        {
            var latest = version switch
            {
                null or "" or "published" => false,
                "latest" => true,
                _ => throw Core.Content.ContentValidationException.For("version", "version is 'published' or 'latest'."),
            };
            var members = await translations.SetOfAsync(id, latest, CmsActor.From(http.User, roles), ct);
            return TypedResults.Ok(members.Select(ContentItemResponse.From).ToArray());
        });
        item.MapGet("/source-change", async (HttpContext http, TranslationService translations, RoleCatalog roles, string id, CancellationToken ct) =>
        {
            var change = await translations.SourceChangeAsync(id, CmsActor.From(http.User, roles), ct);
            return TypedResults.Ok(new
            {
                contentItemId = change.Translation.ContentItemId,
                culture = change.Translation.Culture,
                translationOf = change.Translation.TranslationOf,
                sourceVersionId = change.Followed?.ContentItemVersionId,
                sourceVersion = change.Followed?.Version,
                currentSourceVersionId = change.Current.ContentItemVersionId,
                currentSourceVersion = change.Current.Version,
                sourceChanged = change.Changed,
                flaggedUtc = change.FlaggedUtc,
                diff = DiffResponse.From(change.Diff),
            });
        }).RequireAuthorization(Permissions.ViewDrafts);
        return app;
    }

    private static async Task<IResult> TranslateAsync(HttpContext http, TranslationService translations, RoleCatalog roles, string id, JsonElement body, CancellationToken cancellationToken)
    {
        JsonBody.RequireObject(body, "culture", "fields");
        JsonElement? fields = body.TryGetProperty("fields", out var given) && given.ValueKind != JsonValueKind.Null ? JsonBody.RequiredObject(body, "fields") : null;
        var translation = await translations.TranslateAsync(id, JsonBody.RequiredString(body, "culture"), fields, CmsActor.From(http.User, roles), cancellationToken);
        http.Response.Headers.ETag = translation.ETag;
        return TypedResults.Created($"/api/content/{translation.ContentItemId}", ContentItemResponse.From(translation));
    }
}
