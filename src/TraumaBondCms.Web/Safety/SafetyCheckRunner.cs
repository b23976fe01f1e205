using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Safety;

/// <summary>
/// Runs the safety checks on one version inside the caller's session: reads the rules and resources of that snapshot,
/// builds the <see cref="SafetyCheckContext"/> and asks <see cref="SafetyChecker"/>. Thread-safe.
/// </summary>
public sealed class SafetyCheckRunner(ContentDefinitionCache definitions, TimeProvider clock)
{
    /// <summary>The report for <paramref name="version"/>; null when its type runs no safety checks.</summary>
    public async Task<SafetyReport?> RunAsync(IStoreSession session, ContentItem version, CancellationToken cancellationToken)
    {
        var (stored, defaultRegion) = await SafetySettingsStore.ReadAsync(session.Site, cancellationToken);
        // A Spanish item is checked with the Spanish risk topics and rules where the site has them.
        var settings = stored?.ForCulture(version.Culture);
        var catalog = definitions.Catalog;
        if (settings?.For(version.ContentType) is not { } rules || catalog.Find(version.ContentType) is not { } type)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var region = rules.RegionField is { } field && RegionCode.TryParse(version.Fields.GetString(field), out _) is { } own ? own : defaultRegion;
        var context = new SafetyCheckContext
        {
            Item = version,
            Type = type,
            Rules = rules,
            Settings = settings,
            Resources = await ResourceDirectory.LoadAsync(session, settings, catalog, now, cancellationToken),
            Region = region,
            Now = now,
        };
        return SafetyChecker.Run(context);
    }
}
