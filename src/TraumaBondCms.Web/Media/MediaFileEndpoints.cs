using Microsoft.AspNetCore.Authentication;
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
/// These endpoints short-circuit the pipeline at routing: a request for a public file runs no authentication, CORS or
/// session work (the cost that made a cached variant slower than a static file), so the endpoint does what the skipped
/// middleware would: it authenticates only when the file is not public, answers refusals as ProblemDetails, and sets
/// <c>X-Content-Type-Options</c> itself.
/// </summary>
public static class MediaFileEndpoints
{
    /// <summary>Maps <c>/media/{sha256}.{ext}</c> and <c>/media/{sha256}/{width}.{format}</c> (GET and HEAD).</summary>
    public static IEndpointRouteBuilder MapMediaFileEndpoints(this IEndpointRouteBuilder app)
    {
        // HEAD too: CDNs and link checkers ask for the headers alone.
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods("/media/{file}", methods, (HttpContext http, string file, CancellationToken cancellationToken) => AnswerAsync(http, () => OriginalAsync(http, file, cancellationToken)))
            .WithTags("Media").ShortCircuit();
        app.MapMethods("/media/{sha256}/{variant}", methods, (HttpContext http, string sha256, string variant, CancellationToken cancellationToken) => AnswerAsync(http, () => VariantAsync(http, sha256, variant, cancellationToken)))
            .WithTags("Media").ShortCircuit();
        return app;
    }

    private static async Task<IResult> AnswerAsync(HttpContext http, Func<Task<IResult>> serve)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        try
        {
            return await serve();
        }
        catch (MediaNotFoundException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: e.Message);
        }
    }

    private static async Task<IResult> OriginalAsync(HttpContext http, string file, CancellationToken cancellationToken)
    {
        var (sha256, extension) = Split(file);
        var format = MediaFormats.FromExtension(extension) ?? throw new MediaNotFoundException($"file '{Core.Audit.AuditText.Bounded(file, 80)}'");
        var isPublic = await CheckAccessAsync(http, sha256, cancellationToken);
        var path = await http.RequestServices.GetRequiredService<MediaVariantCache>().OriginalPathAsync(sha256, cancellationToken) ?? throw new MediaNotFoundException($"file {sha256}");
        return Serve(http, path, MediaFormats.MimeType(format), isPublic, $"\"{sha256}\"", format == MediaFormat.Pdf ? $"{sha256}.pdf" : null);
    }

    private static async Task<IResult> VariantAsync(HttpContext http, string sha256, string variant, CancellationToken cancellationToken)
    {
        var (widthText, formatText) = Split(variant);
        var media = Options(http);
        if (!MediaUse.IsSha256(sha256) || !int.TryParse(widthText, System.Globalization.NumberStyles.None, null, out var width) || !media.VariantWidths.Contains(width)
            || !Enum.TryParse<VariantFormat>(formatText, ignoreCase: true, out var format) || !Enum.IsDefined(format) || formatText != formatText.ToLowerInvariant())
        {
            throw new MediaNotFoundException($"variant '{Core.Audit.AuditText.Bounded(variant, 40)}' (widths: {string.Join(", ", media.VariantWidths)}; formats: webp, avif, jpeg)");
        }

        var isPublic = await CheckAccessAsync(http, sha256, cancellationToken);
        var path = await http.RequestServices.GetRequiredService<MediaVariantCache>().VariantPathAsync(sha256, width, format, cancellationToken) ?? throw new MediaNotFoundException($"file {sha256}");
        var mime = format switch { VariantFormat.Avif => "image/avif", VariantFormat.Jpeg => "image/jpeg", _ => "image/webp" };
        return Serve(http, path, mime, isPublic, $"\"{sha256}-{width}-{formatText}\"", null);
    }

    // Documents are not images: they never reach the variant maker (it would fail on them), and the hash must be well formed.
    // Only a file no published version uses needs to know who asks (the routing short-circuit skipped authentication).
    private static async Task<bool> CheckAccessAsync(HttpContext http, string sha256, CancellationToken cancellationToken)
    {
        if (!MediaUse.IsSha256(sha256))
        {
            throw new MediaNotFoundException("file");
        }

        if (await http.RequestServices.GetRequiredService<PublishedMediaIndex>().IsPublishedAsync(sha256, cancellationToken))
        {
            return true;
        }

        var user = (await http.AuthenticateAsync()).Principal;
        return user is not null && CmsActor.From(user, http.RequestServices.GetRequiredService<RoleCatalog>()).Has(Permissions.ViewDrafts)
            ? false
            : throw new MediaNotFoundException($"file {sha256}");
    }

    private static MediaOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<CmsOptions>>().Value.Media;

    private static IResult Serve(HttpContext http, string path, string mime, bool isPublic, string etag, string? downloadName)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = isPublic ? $"public, max-age={(long)Options(http).CacheMaxAge.TotalSeconds}, immutable" : "private, no-store";
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
