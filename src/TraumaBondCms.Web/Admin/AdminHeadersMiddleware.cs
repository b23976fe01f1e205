using System.Diagnostics;
using System.Globalization;

namespace TraumaBondCms.Web.Admin;

/// <summary>
/// On every response under <c>/admin</c>: a Content-Security-Policy that allows scripts and styles from this origin only (no
/// inline script, no inline event handler, no inline style), framing refused, no referrer leaks, and a <c>Server-Timing</c>
/// header (<c>app;dur=ms</c>) with the time the server took until the response started, which the tests read.
/// </summary>
public sealed class AdminHeadersMiddleware(RequestDelegate next)
{
    /// <summary>The policy sent with every admin response.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>Adds the headers for admin requests and calls the next middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(AdminApplicationBuilderExtensions.BasePath))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"app;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0}");
            if (!context.Request.Path.StartsWithSegments(AdminApplicationBuilderExtensions.BasePath + "/assets"))
            {
                // Pages show drafts and personal data: never kept by shared caches or the back button after sign-out.
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        await next(context);
    }
}
