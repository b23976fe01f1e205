using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using TraumaBondCms.Web.Configuration;

namespace TraumaBondCms.Web.Http;

/// <summary>
/// Refuses request bodies over <see cref="LimitOptions.MaxRequestBodyBytes"/> with 413 before any endpoint
/// reads them: by <c>Content-Length</c> at once, and for chunked bodies as soon as the limit is passed.
/// Kestrel enforces the same limit; this also covers hosts that do not (the in-process test server).
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<CmsOptions> options)
{
    /// <summary>Applies the limit, then calls the next middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        // Uploads to the media library may be as large as a media file (plus room for the multipart framing and form fields).
        var limit = Media.MediaProblems.IsUpload(context.Request) ? Math.Max(options.Value.Limits.MaxRequestBodyBytes, options.Value.Media.MaxFileBytes + 64 * 1024) : options.Value.Limits.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            throw new BadHttpRequestException($"The request body is {context.Request.ContentLength} bytes; the limit is {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength is null && HttpMethods.IsGet(context.Request.Method) is false)
        {
            context.Request.Body = new LimitedReadStream(context.Request.Body, limit);
        }

        await next(context);
    }
}
