using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Health;

/// <summary>Registers the readiness checks: database, search index, key ring, and the integrity line (which never fails readiness).</summary>
public static class HealthServiceCollectionExtensions
{
    /// <summary>
    /// Adds the checks and <see cref="ReadinessService"/>. The search index's lag comes from the <see cref="ISearchIndexLag"/>
    /// that search registers (this node's <see cref="SearchIndexNode"/>).
    /// </summary>
    public static IServiceCollection AddCmsHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.Section))
            .Validate(o => o.MaxSearchIndexLag >= TimeSpan.Zero && o.CheckTimeout > TimeSpan.Zero, "Cms:Health:MaxSearchIndexLag must not be negative and CheckTimeout must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IReadinessCheck, DatabaseReadinessCheck>();
        services.AddSingleton<IReadinessCheck, SearchIndexReadinessCheck>();
        services.AddSingleton<IReadinessCheck, KeyRingReadinessCheck>();
        services.AddSingleton<IReadinessCheck, Integrity.IntegrityReadinessCheck>();
        services.AddSingleton<ReadinessService>();
        return services;
    }
}
