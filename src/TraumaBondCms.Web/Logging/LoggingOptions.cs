namespace TraumaBondCms.Web.Logging;

/// <summary>The <c>Cms:Logging</c> section. Levels and the console format follow ASP.NET Core's own <c>Logging</c> section.</summary>
public sealed class LoggingOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Cms:Logging";

    /// <summary>Write one compact line per request (category <see cref="AccessLogMiddleware.Category"/>, Information). Off by default.</summary>
    public bool AccessLog { get; set; }
}
