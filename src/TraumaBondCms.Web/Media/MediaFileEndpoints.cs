using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Configuration;

namespace TraumaBondCms.Web.Media;

/// <summary>
/// Serves stored files and their variants at hash-named URLs. Anonymous readers get only files that a published version
/// uses (404 otherwise, the same answer as for a file that does not exist); users who may view drafts get any file, marked
/// private so no shared cache keeps it. Variants come from the allow-list of widths only.
/// </summary>
public static class MediaFileEndpoints
{
    /// <summary>Maps <c>/media/{sha256}.{ext}</c> and <c>/media/{sha256}/{width}.{format}</c>.</summary>
    public static IEndpointRouteBuilder MapMediaFileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{file}", OriginalAsync).WithTags("Media");
        app.MapGet("/media/{sha256}/{variant}", VariantAsync).WithTags("Media");
        return app;
    }

    private static async Task<IResult> OriginalAsync(HttpContext http, MediaVariantCache cache, PublishedMediaIndex published, RoleCatalog roles, IOptions<CmsOptions> options, string file, CancellationToken cancellationToken)
    {
        var (sha256, extension) = Split(file);
        var format = MediaFormats.FromExtension(extension) ?? throw new MediaNotFoundException($"file '{Core.Audit.AuditText.Bounded(file, 80)}'");
        var isPublic = await CheckAccessAsync(http, published, roles, sha256, cancellationToken);
        var path = await cache.OriginalPathAsync(sha256, cancellationToken) ?? throw new MediaNotFoundException($"file {sha256}");
        return Serve(http, path, MediaFormats.MimeType(format), isPublic, options.Value.Media, $"\"{sha256}\"", format == MediaFormat.Pdf ? $"{sha256}.pdf" : null);
    }

    private static async Task<IResult> VariantAsync(HttpContext http, MediaVariantCache cache, PublishedMediaIndex published, RoleCatalog roles, IOptions<CmsOptions> options, string sha256, string variant, CancellationToken cancellationToken)
    {
        var (widthText, formatText) = Split(variant);
        var media = options.Value.Media;
        if (!MediaUse.IsSha256(sha256) || !int.TryParse(widthText, System.Globalization.NumberStyles.None, null, out var width) || !media.VariantWidths.Contains(width)
            || !Enum.TryParse<VariantFormat>(formatText, ignoreCase: true, out var format) || !Enum.IsDefined(format) || formatText != formatText.ToLowerInvariant())
        {
            throw new MediaNotFoundException($"variant '{Core.Audit.AuditText.Bounded(variant, 40)}' (widths: {string.Join(", ", media.VariantWidths)}; formats: webp, avif, jpeg)");
        }

        var isPublic = await CheckAccessAsync(http, published, roles, sha256, cancellationToken);
        var path = await cache.VariantPathAsync(sha256, width, format, cancellationToken) ?? throw new MediaNotFoundException($"file {sha256}");
        var mime = format switch { VariantFormat.Avif => "image/avif", VariantFormat.Jpeg => "image/jpeg", _ => "image/webp" };
        return Serve(http, path, mime, isPublic, media, $"\"{sha256}-{width}-{formatText}\"", null);
    }

    // Documents are not images: they never reach the variant maker (it would fail on them), and the hash must be well formed.
    private static async Task<bool> CheckAccessAsync(HttpContext http, PublishedMediaIndex published, RoleCatalog roles, string sha256, CancellationToken cancellationToken)
    {
        if (!MediaUse.IsSha256(sha256))
        {
            throw new MediaNotFoundException("file");
        }

        if (await published.IsPublishedAsync(sha256, cancellationToken))
        {
            return true;
        }

        return CmsActor.From(http.User, roles).Has(Permissions.ViewDrafts) ? false : throw new MediaNotFoundException($"file {sha256}");
    }

    private static IResult Serve(HttpContext http, string path, string mime, bool isPublic, MediaOptions options, string etag, string? downloadName)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = isPublic ? $"public, max-age={(long)options.CacheMaxAge.TotalSeconds}, immutable" : "private, no-store";
        // A file is served as what it is and nothing else: no sniffing (set for every response), no scripts if opened directly.
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return Results.File(path, mime, downloadName, entityTag: new EntityTagHeaderValue(etag), enableRangeProcessing: true);
    }

    private static (string Name, string Extension) Split(string file)
    {
        var dot = file.LastIndexOf('.');
        return dot <= 0 ? (file, string.Empty) : (file[..dot], file[(dot + 1)..]);
    }
}
