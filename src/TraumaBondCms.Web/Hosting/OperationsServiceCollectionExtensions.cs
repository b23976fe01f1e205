using TraumaBondCms.Web.Health;
using TraumaBondCms.Web.Logging;
using TraumaBondCms.Web.Telemetry;

namespace TraumaBondCms.Web.Hosting;

/// <summary>Registers what operators run the CMS with: readiness checks, telemetry (when configured) and the access log.</summary>
public static class OperationsServiceCollectionExtensions
{
    /// <summary>Adds the operations services. Call after <c>AddCmsCore</c>, which registers what they read (the search index's <c>ISearchIndexLag</c> among them).</summary>
    public static IServiceCollection AddCmsOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LoggingOptions>().Bind(configuration.GetSection(LoggingOptions.Section));
        services.AddCmsHealth(configuration);
        services.AddCmsTelemetry(configuration);
        return services;
    }
}
