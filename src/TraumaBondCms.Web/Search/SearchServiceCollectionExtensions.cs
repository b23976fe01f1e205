using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Web.Setup;

namespace TraumaBondCms.Web.Search;

/// <summary>Registers search: options, this node's index (and its lag, for readiness and metrics) and its follower, the service, analytics, rebuilds, and the shield that keeps search text out of logs.</summary>
public static class SearchServiceCollectionExtensions
{
    /// <summary>Adds search. Call after the host's own services are registered (the shield wraps its HTTP context factory).</summary>
    public static IServiceCollection AddCmsSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section))
            .Validate(o => o.Analytics.MinimumCount >= SearchAnalyticsOptions.LowestMinimumCount, $"Cms:Search:Analytics:MinimumCount must be at least {SearchAnalyticsOptions.LowestMinimumCount}: a query searched once is one person's search.")
            .Validate(o => o.MaxQueryLength is > 0 and <= 4000, "Cms:Search:MaxQueryLength must be between 1 and 4000.")
            .Validate(o => o.CatchUpBudget >= TimeSpan.Zero && o.PollInterval > TimeSpan.Zero && o.CommitInterval > TimeSpan.Zero && o.ChangeLogRetention > TimeSpan.Zero, "Cms:Search: CatchUpBudget must not be negative; PollInterval, CommitInterval and ChangeLogRetention must be positive.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var search = sp.GetRequiredService<IOptions<SearchOptions>>().Value;
            return new SearchIndexNode(
                sp.GetRequiredService<ICmsStore>(),
                Path.Combine(sp.GetRequiredService<CmsPaths>().DataPath, search.IndexPath),
                new SearchIndexNodeOptions { PollInterval = search.PollInterval, CommitInterval = search.CommitInterval, Retention = search.ChangeLogRetention });
        });
        services.AddSingleton<ISearchIndexLag>(sp => sp.GetRequiredService<SearchIndexNode>());
        services.AddHostedService<SearchIndexFollower>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<ZeroResultAnalytics>();
        services.AddSingleton<RiskRules.RiskRuleReviewService>();
        services.AddSingleton<SearchIndexRebuilder>();
        services.AddHostedService<SearchIndexUpgrade>();
        services.AddSingleton<IHttpContextFactory>(sp => new SearchQueryShield(new DefaultHttpContextFactory(sp)));
        services.AddSingleton<GraphQL.SchemaGeneration.IContentSchemaContributor, SearchSchemaContributor>();
        return services;
    }

    /// <summary>
    /// Gives GraphQL GET requests their shielded query string back while their endpoint runs, and takes it away again
    /// before the host logs the finished request: a GET of <c>search(query: ...)</c> carries reader text in the URL.
    /// Place after authentication and authorization, before the endpoints.
    /// </summary>
    public static IApplicationBuilder UseShieldedGraphQLQueries(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<ShieldedQuery>() is not { } shielded || !context.Request.Path.StartsWithSegments(SearchQueryShield.GraphQLPath, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        context.Request.QueryString = shielded.QueryString;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.QueryString = QueryString.Empty;
        }
    });
}
