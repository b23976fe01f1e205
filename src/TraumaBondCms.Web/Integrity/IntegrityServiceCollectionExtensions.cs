namespace TraumaBondCms.Web.Integrity;

/// <summary>
/// Registers tamper evidence: the check of published content as it is loaded, its alarms, the audit chain's signed heads and
/// the integrity check (its readiness line is registered with the other readiness checks).
/// </summary>
public static class IntegrityServiceCollectionExtensions
{
    /// <summary>Adds the integrity services and binds <c>Cms:Integrity</c>.</summary>
    public static IServiceCollection AddCmsIntegrity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IntegrityOptions>().Bind(configuration.GetSection(IntegrityOptions.Section))
            .Validate(o => o.HeadEveryEntries > 0 && o.HeadInterval > TimeSpan.Zero && o.HeadCheckInterval > TimeSpan.Zero, "Cms:Integrity:HeadEveryEntries, HeadInterval and HeadCheckInterval must be positive.");
        services.AddSingleton<IntegrityAlerts>();
        services.AddSingleton<PublishedVersionVerifier>();
        services.AddHostedService<PublishedVerificationStartup>();
        services.AddSingleton<AuditHeadFile>();
        services.AddSingleton<AuditHeadSigner>();
        services.AddHostedService<AuditHeadService>();
        services.AddSingleton<IntegrityVerifier>();
        services.AddSingleton<IntegrityMonitor>();
        return services;
    }
}
