using TraumaBondCms.Core.Media;

namespace TraumaBondCms.Web.Media;

/// <summary>How refused uploads appear over HTTP, and which requests are uploads (they get the media size limit).</summary>
public static class MediaProblems
{
    /// <summary>415 for kinds that are not accepted (SVG, executables, polyglots, encrypted PDFs, PDFs with scripts left after cleaning), 413 for too large, 422 for broken files.</summary>
    public static int StatusOf(MediaRefusalKind kind) => kind switch
    {
        MediaRefusalKind.TooManyBytes or MediaRefusalKind.TooManyPixels => StatusCodes.Status413PayloadTooLarge,
        MediaRefusalKind.Malformed => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status415UnsupportedMediaType,
    };

    /// <summary>The ProblemDetails title for a refusal.</summary>
    public static string TitleOf(MediaRefusalKind kind) => kind switch
    {
        MediaRefusalKind.TooManyBytes => "The file is too large.",
        MediaRefusalKind.TooManyPixels => "The image has too many pixels.",
        MediaRefusalKind.Malformed => "The file is damaged.",
        MediaRefusalKind.Svg => "SVG is not accepted.",
        MediaRefusalKind.Polyglot => "The file is more than one kind of file.",
        MediaRefusalKind.ActiveContent => "The PDF has active content.",
        MediaRefusalKind.Encrypted => "Encrypted PDFs are not accepted.",
        _ => "This kind of file is not accepted.",
    };

    /// <summary>True for the requests that carry a media file: uploads and replacements, over the API and in the admin.</summary>
    public static bool IsUpload(HttpRequest request) =>
        (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method))
        && request.Path.Value is { } path
        && (path.Equals("/api/media", StringComparison.OrdinalIgnoreCase) || path.Equals("/api/media/", StringComparison.OrdinalIgnoreCase)
            || (path.StartsWith("/api/media/", StringComparison.OrdinalIgnoreCase) && path.EndsWith("/file", StringComparison.OrdinalIgnoreCase))
            || path.Equals("/admin/media", StringComparison.OrdinalIgnoreCase)
            || (HttpMethods.IsPost(request.Method) && path.StartsWith("/admin/media/", StringComparison.OrdinalIgnoreCase)));
}
