using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace TraumaBondCms.Web.Search;

/// <summary>Registers search: options, the service, analytics, rebuilds, and the shield that keeps search text out of logs.</summary>
public static class SearchServiceCollectionExtensions
{
    /// <summary>Adds search. Call after the host's own services are registered (the shield wraps its HTTP context factory).</summary>
    public static IServiceCollection AddCmsSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section))
            .Validate(o => o.Analytics.MinimumCount >= SearchAnalyticsOptions.LowestMinimumCount, $"Cms:Search:Analytics:MinimumCount must be at least {SearchAnalyticsOptions.LowestMinimumCount}: a query searched once is one person's search.")
            .Validate(o => o.MaxQueryLength is > 0 and <= 4000, "Cms:Search:MaxQueryLength must be between 1 and 4000.")
            .ValidateOnStart();
        services.AddSingleton<SearchService>();
        services.AddSingleton<ZeroResultAnalytics>();
        services.AddSingleton<SearchIndexRebuilder>();
        services.AddHostedService<SearchIndexUpgrade>();
        services.AddSingleton<IHttpContextFactory>(sp => new SearchQueryShield(new DefaultHttpContextFactory(sp)));
        return services;
    }
}
