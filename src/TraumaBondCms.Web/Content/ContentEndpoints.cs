using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Http;

namespace TraumaBondCms.Web.Content;

/// <summary>
/// The REST management API under <c>/api/content</c>. Published versions are readable anonymously;
/// everything else needs the permission named on each endpoint (checked again by the service).
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
        [FromQuery] string[]? type,
        string? status,
        string? q,
        string? owner,
        int? first,
        string? after,
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
        var page = await service.ListAsync(
            new ContentQuery { ContentTypes = types, Status = filter, DisplayTextContains = q, Owner = owner, First = PageSize.Read(first, "first", 50), After = after },
            CmsActor.From(http.User, roles),
            cancellationToken);
        var reviewed = await reviews.ReviewsOfAsync(page.Items, cancellationToken);
        return TypedResults.Ok(new ContentListResponse(page.Items.Select(i => ContentItemResponse.From(i) with { Review = reviewed.GetValueOrDefault(i.ContentItemId) }).ToArray(), page.TotalCount, page.NextCursor));
    }

    private static async Task<IResult> GetAsync(HttpContext http, ContentService service, Workflow.ReviewService reviews, RoleCatalog roles, string id, string? version, CancellationToken cancellationToken)
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
        var item = await service.GetAsync(id, selector, actor, cancellationToken);
        if (http.Request.Headers.IfNoneMatch.Contains(item.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var review = (await reviews.ReviewsOfAsync([item], cancellationToken)).GetValueOrDefault(item.ContentItemId);
        return WithETag(http, TypedResults.Ok(ContentItemResponse.From(item) with { Review = review }), item);
    }

    private static async Task<Ok<ContentItemResponse[]>> GetVersionsAsync(HttpContext http, ContentService service, RoleCatalog roles, string id, CancellationToken cancellationToken) =>
        TypedResults.Ok((await service.GetHistoryAsync(id, CmsActor.From(http.User, roles), cancellationToken)).Select(v => ContentItemResponse.From(v.Version) with { StatusNote = v.Note }).ToArray());

    private static async Task<IResult> CreateAsync(HttpContext http, ContentService service, RoleCatalog roles, [FromBody] JsonElement body, CancellationToken cancellationToken)
    {
        JsonBody.RequireObject(body, "contentType", "fields");
        var item = await service.CreateAsync(JsonBody.RequiredString(body, "contentType"), JsonBody.RequiredObject(body, "fields"), CmsActor.From(http.User, roles), cancellationToken);
        return WithETag(http, TypedResults.Created($"/api/content/{item.ContentItemId}", ContentItemResponse.From(item)), item);
    }

    private static async Task<IResult> UpdateAsync(HttpContext http, ContentService service, RoleCatalog roles, string id, [FromBody] JsonElement body, CancellationToken cancellationToken)
    {
        JsonBody.RequireObject(body, "fields");
        var item = await service.UpdateAsync(id, JsonBody.RequiredObject(body, "fields"), RequireIfMatch(http), CmsActor.From(http.User, roles), cancellationToken);
        return WithETag(http, TypedResults.Ok(ContentItemResponse.From(item)), item);
    }

    private static async Task<IResult> PatchAsync(HttpContext http, ContentService service, RoleCatalog roles, string id, [FromBody] JsonElement body, CancellationToken cancellationToken)
    {
        JsonBody.RequireObject(body, "fields");
        var item = await service.PatchAsync(id, JsonBody.RequiredObject(body, "fields"), RequireIfMatch(http), CmsActor.From(http.User, roles), cancellationToken);
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
