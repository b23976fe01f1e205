using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Http;
using TraumaBondCms.Web.Localization;

namespace TraumaBondCms.Web.Content;

/// <summary>
/// The REST management API under <c>/api/content</c>. Published versions are readable anonymously;
/// everything else needs the permission named on each endpoint (checked again by the service). Readers choose a culture
/// with <c>?culture=</c> or <c>Accept-Language</c> and are served each item in the best culture of their fallback chain.
/// </summary>
public static class ContentEndpoints
{
    /// <summary>Maps the content endpoints.</summary>
    public static IEndpointRouteBuilder MapContentEndpoints(this IEndpointRouteBuilder app)
    {
        var content = app.MapGroup("/api/content").WithTags("Content");
        content.MapGet("/", ListAsync);
        content.MapGet("/{id}", GetAsync);
        content.MapGet("/{id}/versions", GetVersionsAsync).RequireAuthorization(Permissions.ViewDrafts);
        content.MapPost("/", CreateAsync).RequireAuthorization(Permissions.EditContent);
        content.MapPut("/{id}", UpdateAsync).RequireAuthorization(Permissions.EditContent);
        content.MapPatch("/{id}", PatchAsync).RequireAuthorization(Permissions.EditContent);
        content.MapDelete("/{id}", DeleteAsync).RequireAuthorization(Permissions.DeleteContent);
        content.MapPost("/{id}/publish", PublishAsync).RequireAuthorization(Permissions.PublishContent);
        content.MapPost("/{id}/unpublish", UnpublishAsync).RequireAuthorization(Permissions.PublishContent);

        app.MapGet("/api/content-types", (ContentDefinitionCache definitions) => TypedResults.Ok(definitions.Catalog.Types)).WithTags("Content");
        return app;
    }

    private static async Task<Ok<ContentListResponse>> ListAsync(
        HttpContext http,
        ContentService service,
        Workflow.ReviewService reviews,
        RoleCatalog roles,
        LocalizationCatalog localization,
        [FromQuery] string[]? type,
        string? status,
        string? q,
        string? owner,
        int? first,
        string? after,
        string? culture,
        CancellationToken cancellationToken)
    {
        var filter = status?.ToLowerInvariant() switch
        {
            null or "" or "published" => ContentStatusFilter.Published,
            "latest" => ContentStatusFilter.Latest,
            "draft" => ContentStatusFilter.Draft,
            _ => throw ContentValidationException.For("status", "status is 'published', 'latest' or 'draft'."),
        };
        var types = type?.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        // Readers get each item once, in their best culture; editors' lists hold every culture unless they ask for one.
        var cultures = culture is not null || filter == ContentStatusFilter.Published ? localization.Chain(ReaderCulture(http, culture, localization)) : null;
        var page = await service.ListAsync(
            new ContentQuery { ContentTypes = types, Status = filter, DisplayTextContains = q, Owner = owner, First = PageSize.Read(first, "first", 50), After = after, Cultures = cultures },
            CmsActor.From(http.User, roles),
            cancellationToken);
        var reviewed = await reviews.ReviewsOfAsync(page.Items, cancellationToken);
        return TypedResults.Ok(new ContentListResponse(page.Items.Select(i => ContentItemResponse.From(i) with { Review = reviewed.GetValueOrDefault(i.ContentItemId) }).ToArray(), page.TotalCount, page.NextCursor));
    }

    private static async Task<IResult> GetAsync(
        HttpContext http, ContentService service, TranslationService translations, Workflow.ReviewService reviews, RoleCatalog roles, LocalizationCatalog localization, string id, string? version, string? culture, CancellationToken cancellationToken)
    {
        var actor = CmsActor.From(http.User, roles);
        var selector = version switch
        {
            null or "" => actor.Has(Permissions.ViewDrafts) ? VersionSelector.Latest : VersionSelector.Published,
            "latest" => VersionSelector.Latest,
            "published" => VersionSelector.Published,
            _ when int.TryParse(version, out var number) && number > 0 => VersionSelector.ByNumber(number),
            _ when ContentIds.IsWellFormed(version) => VersionSelector.ById(version),
            _ => throw ContentValidationException.For("version", "version is 'latest', 'published', a version number or a version id."),
        };
        // A culture picks the member of the item's set to serve: asked for, or (for readers of the published version) taken
        // from Accept-Language.
        var requested = selector.Kind == VersionKind.Published || culture is not null ? ReaderCulture(http, culture, localization) : null;
        var item = requested is not null && selector.Kind is VersionKind.Latest or VersionKind.Published
            ? await translations.GetInCultureAsync(id, requested, selector.Kind == VersionKind.Latest, actor, cancellationToken)
            : await service.GetAsync(id, selector, actor, cancellationToken);
        http.Response.Headers.ContentLanguage = item.Culture;
        if (http.Request.Headers.IfNoneMatch.Contains(item.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var review = (await reviews.ReviewsOfAsync([item], cancellationToken)).GetValueOrDefault(item.ContentItemId);
        var flagged = item.TranslationOf is not null && actor.Has(Permissions.ViewDrafts) ? await translations.SourceChangedAsync(item.ContentItemId, cancellationToken) : null;
        return WithETag(http, TypedResults.Ok(ContentItemResponse.From(item) with { Review = review, SourceChangedUtc = flagged }), item);
    }

    private static async Task<Ok<ContentItemResponse[]>> GetVersionsAsync(HttpContext http, ContentService service, RoleCatalog roles, string id, CancellationToken cancellationToken) =>
        TypedResults.Ok((await service.GetHistoryAsync(id, CmsActor.From(http.User, roles), cancellationToken)).Select(v => ContentItemResponse.From(v.Version) with { StatusNote = v.Note }).ToArray());

    private static async Task<IResult> CreateAsync(HttpContext http, ContentService service, RoleCatalog roles, [FromBody] JsonElement body, CancellationToken cancellationToken)
    {
        JsonBody.RequireObject(body, "contentType", "fields", "culture");
        var item = await service.CreateAsync(JsonBody.RequiredString(body, "contentType"), JsonBody.RequiredObject(body, "fields"), CmsActor.From(http.User, roles), cancellationToken, JsonBody.OptionalString(body, "culture"));
        return WithETag(http, TypedResults.Created($"/api/content/{item.ContentItemId}", ContentItemResponse.From(item)), item);
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, ContentService service, RoleCatalog roles, string id, [FromBody] JsonElement body, CancellationToken cancellationToken)
    {
        JsonBody.RequireObject(body, "fields", "sourceVersionId");
        var item = await service.UpdateAsync(id, JsonBody.RequiredObject(body, "fields"), RequireIfMatch(http), CmsActor.From(http.User, roles), cancellationToken, JsonBody.OptionalString(body, "sourceVersionId"));
        return WithETag(http, TypedResults.Ok(ContentItemResponse.From(item)), item);
    }

    private static async Task<IResult> PatchAsync(HttpContext http, ContentService service, RoleCatalog roles, string id, [FromBody] JsonElement body, CancellationToken cancellationToken)
    {
        JsonBody.RequireObject(body, "fields", "sourceVersionId");
        var item = await service.PatchAsync(id, JsonBody.RequiredObject(body, "fields"), RequireIfMatch(http), CmsActor.From(http.User, roles), cancellationToken, JsonBody.OptionalString(body, "sourceVersionId"));
        return WithETag(http, TypedResults.Ok(ContentItemResponse.From(item)), item);
    }

    private static async Task<NoContent> DeleteAsync(HttpContext http, ContentService service, RoleCatalog roles, string id, string? reason, CancellationToken cancellationToken)
    {
        await service.DeleteAsync(id, IfMatch(http), reason, CmsActor.From(http.User, roles), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> PublishAsync(HttpContext http, ContentService service, RoleCatalog roles, string id, CancellationToken cancellationToken)
    {
        var item = await service.PublishAsync(id, IfMatch(http), CmsActor.From(http.User, roles), cancellationToken);
        return WithETag(http, TypedResults.Ok(ContentItemResponse.From(item)), item);
    }

    private static async Task<IResult> UnpublishAsync(HttpContext http, ContentService service, RoleCatalog roles, string id, [FromBody] JsonElement? body, CancellationToken cancellationToken)
    {
        string? reason = null;
        if (body is { } b)
        {
            JsonBody.RequireObject(b, "reason");
            reason = JsonBody.OptionalString(b, "reason");
        }

        var item = await service.UnpublishAsync(id, reason, CmsActor.From(http.User, roles), cancellationToken);
        return item is null
            ? TypedResults.Problem(statusCode: 409, title: "Not published.", detail: $"Content item '{id}' has no published version.")
            : TypedResults.Ok(ContentItemResponse.From(item));
    }

    // The culture a reader asked for; an answer chosen from Accept-Language varies with it.
    private static string? ReaderCulture(HttpContext http, string? culture, LocalizationCatalog localization)
    {
        if (culture is null)
        {
            http.Response.Headers.Vary = "Accept-Language";
        }

        return RequestCulture.Of(http, culture, localization.Settings);
    }

    private static string? IfMatch(HttpContext http) => http.Request.Headers.IfMatch.FirstOrDefault();

    private static string RequireIfMatch(HttpContext http) =>
        IfMatch(http) ?? throw new BadHttpRequestException(
            "Send the ETag of the version you edited in an If-Match header, so that a concurrent change is not overwritten.",
            StatusCodes.Status428PreconditionRequired);

    private static IResult WithETag(HttpContext http, IResult result, ContentItem item)
    {
        http.Response.Headers.ETag = item.ETag;
        return result;
    }
}
