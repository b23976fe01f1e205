using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data.Media;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Http;

namespace TraumaBondCms.Web.Media;

/// <summary>
/// The media library for editors under <c>/api/media</c>: upload (multipart, field <c>file</c>), list and search, read with
/// usage, change the entry, replace the file, delete. Every route needs a permission (checked again by the service).
/// </summary>
public static class MediaEndpoints
{
    /// <summary>Maps the media library endpoints.</summary>
    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder app)
    {
        var media = app.MapGroup("/api/media").WithTags("Media");
        media.MapGet("/", ListAsync).RequireAuthorization(Permissions.ViewDrafts);
        media.MapPost("/", UploadAsync).RequireAuthorization(Permissions.EditContent).DisableAntiforgery();
        media.MapGet("/{id}", GetAsync).RequireAuthorization(Permissions.ViewDrafts);
        media.MapPatch("/{id}", UpdateAsync).RequireAuthorization(Permissions.EditContent);
        media.MapPut("/{id}/file", ReplaceAsync).RequireAuthorization(Permissions.EditContent).DisableAntiforgery();
        media.MapDelete("/{id}", DeleteAsync).RequireAuthorization(Permissions.DeleteContent);
        app.MapMediaFileEndpoints();
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext http, MediaService service, RoleCatalog roles, string? q, string? tag, string? kind, int? first, string? after, CancellationToken cancellationToken)
    {
        MediaKind? parsedKind = kind is null or "" ? null
            : Enum.TryParse<MediaKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k
            : throw ContentValidationException.For("kind", "kind is 'image' or 'document'.");
        var size = PageSize.Read(first, "first", 50);
        var page = await service.ListAsync(new MediaQuery(Bounded("q", q), Bounded("tag", tag), parsedKind, size, Bounded("after", after)), CmsActor.From(http.User, roles), cancellationToken);
        return TypedResults.Ok(new
        {
            items = page.Select(MediaAssetResponse.From).ToArray(),
            nextCursor = page.Count == size ? page[^1].Asset.AssetId : null,
        });
    }

    private static async Task<IResult> UploadAsync(HttpContext http, MediaService service, RoleCatalog roles, CancellationToken cancellationToken)
    {
        var form = await ReadFormAsync(http, cancellationToken);
        var (view, created) = await service.UploadAsync(
            new MediaUpload(form.FileName, form.Bytes, form.Alt, form.Tags),
            CmsActor.From(http.User, roles),
            cancellationToken);
        var response = MediaAssetResponse.From(view);
        return created ? TypedResults.Created($"/api/media/{view.Asset.AssetId}", response) : TypedResults.Ok(response);
    }

    private static async Task<IResult> GetAsync(HttpContext http, MediaService service, RoleCatalog roles, string id, CancellationToken cancellationToken) =>
        TypedResults.Ok(MediaAssetResponse.From(await service.GetAsync(id, CmsActor.From(http.User, roles), cancellationToken)));

    private static async Task<IResult> UpdateAsync(HttpContext http, MediaService service, RoleCatalog roles, string id, [FromBody] JsonElement body, CancellationToken cancellationToken)
    {
        JsonBody.RequireObject(body, "fileName", "alt", "tags", "focalPoint");
        var tags = body.TryGetProperty("tags", out var t) && t.ValueKind != JsonValueKind.Null
            ? t.ValueKind == JsonValueKind.Array && t.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
                ? t.EnumerateArray().Select(e => e.GetString()!).ToArray()
                : throw ContentValidationException.For("tags", "tags is an array of strings.")
            : null;
        double? x = null, y = null;
        if (body.TryGetProperty("focalPoint", out var focal) && focal.ValueKind != JsonValueKind.Null)
        {
            JsonBody.RequireObject(focal, "x", "y");
            x = Coordinate(focal, "x");
            y = Coordinate(focal, "y");
        }

        var change = new MediaAssetChange { FileName = JsonBody.OptionalString(body, "fileName"), Alt = JsonBody.OptionalString(body, "alt"), Tags = tags, FocalX = x, FocalY = y };
        return TypedResults.Ok(MediaAssetResponse.From(await service.UpdateAsync(id, change, CmsActor.From(http.User, roles), cancellationToken)));
    }

    private static async Task<IResult> ReplaceAsync(HttpContext http, MediaService service, RoleCatalog roles, string id, CancellationToken cancellationToken)
    {
        var form = await ReadFormAsync(http, cancellationToken);
        var view = await service.ReplaceAsync(id, new MediaUpload(form.FileName, form.Bytes), CmsActor.From(http.User, roles), cancellationToken);
        return TypedResults.Ok(MediaAssetResponse.From(view));
    }

    private static async Task<IResult> DeleteAsync(HttpContext http, MediaService service, RoleCatalog roles, string id, string? reason, CancellationToken cancellationToken)
    {
        await service.DeleteAsync(id, Bounded("reason", reason), CmsActor.From(http.User, roles), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Reads a multipart upload: the <c>file</c> part, and optional <c>alt</c> and <c>tags</c> (comma-separated) parts.</summary>
    internal static async Task<MediaUpload> ReadFormAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType || !(http.Request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            throw new MediaRefusedException(MediaRefusalKind.UnsupportedType, "Upload the file as multipart/form-data, in a part named 'file'.");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && e is not BadHttpRequestException)
        {
            // No boundary, a body that breaks off, a part that breaks the form limits: the client's request, not the server.
            throw new BadHttpRequestException($"The multipart body cannot be read: {e.Message}", StatusCodes.Status400BadRequest, e);
        }

        var file = form.Files.GetFile("file") ?? throw ContentValidationException.For("file", "The upload needs a part named 'file' holding the file.");
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, cancellationToken);
        var tags = form["tags"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new MediaUpload(file.FileName, copy.ToArray(), Bounded("alt", form["alt"].ToString()), tags);
    }

    private static double Coordinate(JsonElement focal, string name) =>
        focal.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            ? number
            : throw ContentValidationException.For("focalPoint", $"focalPoint.{name} is a number between 0 and 1.");

    private static string? Bounded(string name, string? value) =>
        value is null || value.Length == 0 ? null
        : value.Length > 500 || UnsafeCharacters.FindIn(value) is not null ? throw ContentValidationException.For(name, $"'{name}' is at most 500 characters of text without control or bidirectional characters.")
        // A form decodes bytes that are not UTF-8 as U+FFFD: such text would be stored garbled, so it is refused.
        : value.Contains('\uFFFD', StringComparison.Ordinal) ? throw ContentValidationException.For(name, $"'{name}' holds bytes that are not UTF-8 text.")
        : value;
}
