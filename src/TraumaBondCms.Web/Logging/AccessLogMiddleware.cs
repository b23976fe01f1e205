using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace TraumaBondCms.Web.Logging;

/// <summary>
/// The opt-in access log (<see cref="LoggingOptions.AccessLog"/>): one line per request, <c>GET /api/content/abc 200 3.1 ms
/// 1534 B</c> (<c>-</c> for a body of unannounced length), logged when the response is complete. It is what ASP.NET Core's own request logging (left at Warning)
/// would say, minus what must never reach a log: no query string (search text, GraphQL documents, preview tokens), no
/// headers or bodies, and any path segment holding an <c>@</c> (an email address) replaced by <c>{redacted}</c>.
/// </summary>
public sealed partial class AccessLogMiddleware(RequestDelegate next, IOptionsMonitor<LoggingOptions> options, ILoggerFactory loggers)
{
    /// <summary>The log category of the access log.</summary>
    public const string Category = "TraumaBondCms.AccessLog";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    /// <summary>Handles one request.</summary>
    public async Task InvokeAsync(HttpContext http)
    {
        if (!options.CurrentValue.AccessLog || !_logger.IsEnabled(LogLevel.Information))
        {
            await next(http);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        finally
        {
            var status = http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted ? 499 : http.Response.StatusCode;
            Request(_logger, http.Request.Method, LogRedaction.Path(http.Request.PathBase + http.Request.Path), status, Stopwatch.GetElapsedTime(started).TotalMilliseconds, http.Response.ContentLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-");
        }
    }

    [LoggerMessage(EventId = 1, EventName = "Request", Level = LogLevel.Information, Message = "{Method} {Path} {StatusCode} {ElapsedMs:0.0} ms {Bytes} B")]
    private static partial void Request(ILogger logger, string method, string path, int statusCode, double elapsedMs, string bytes);
}
