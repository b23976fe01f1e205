using TraumaBondCms.Core.Localization;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Localization;

/// <summary>
/// The site's <see cref="LocalizationSettings"/> in memory for readers (fallback chains of every request), loaded at start
/// and replaced when a recipe changes them (in this process at once, elsewhere through the recipe run watcher). Writes read
/// the settings in their own transaction instead (<see cref="LocalizationSettingsStore"/>). Thread-safe.
/// </summary>
public sealed class LocalizationCatalog(ICmsStore store)
{
    private volatile LocalizationSettings _settings = LocalizationSettings.Default;

    /// <summary>The current settings.</summary>
    public LocalizationSettings Settings => _settings;

    /// <summary>The cultures to serve a reader who asked for <paramref name="requested"/> (see <see cref="LocalizationSettings.Chain"/>).</summary>
    public IReadOnlyList<string> Chain(string? requested) => _settings.Chain(requested);

    /// <summary>Reloads the settings from the store.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenReadAsync(cancellationToken);
        Replace(await LocalizationSettingsStore.ReadAsync(session.Site, cancellationToken));
    }

    /// <summary>Replaces the settings (after the change that produced them has committed).</summary>
    public void Replace(LocalizationSettings settings) => _settings = settings;
}
