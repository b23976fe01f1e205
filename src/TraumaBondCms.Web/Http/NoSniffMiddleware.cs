namespace TraumaBondCms.Web.Http;

/// <summary>
/// Sends <c>X-Content-Type-Options: nosniff</c> with every response, errors included, so that a browser never reads a JSON
/// body (which may echo what a caller sent) as HTML or script. Set when the response starts: the exception handler clears
/// headers set earlier.
/// </summary>
public sealed class NoSniffMiddleware(RequestDelegate next)
{
    /// <summary>Adds the header as the response starts, then calls the next middleware.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
