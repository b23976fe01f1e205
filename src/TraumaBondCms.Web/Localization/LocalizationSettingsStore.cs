using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Localization;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Localization;

/// <summary>
/// Reads and writes the <see cref="LocalizationSettings"/> (one site setting, written by the <c>Localization</c> recipe
/// step) inside the caller's session, so a write sees the cultures of its own transaction. A site that never ran the step
/// has <see cref="LocalizationSettings.Default"/>. Thread-safe.
/// </summary>
public static class LocalizationSettingsStore
{
    /// <summary>The stored settings, or <see cref="LocalizationSettings.Default"/> when none are stored.</summary>
    public static async Task<LocalizationSettings> ReadAsync(ISiteRepository site, CancellationToken cancellationToken)
    {
        var all = await site.GetSettingsAsync(cancellationToken);
        return all.TryGetValue(LocalizationSettings.SettingKey, out var json)
            ? JsonSerializer.Deserialize<LocalizationSettings>(json, CmsJson.Options) ?? LocalizationSettings.Default
            : LocalizationSettings.Default;
    }

    /// <summary>Stores <paramref name="settings"/>, replacing what was stored.</summary>
    public static Task WriteAsync(ISiteRepository site, LocalizationSettings settings, CancellationToken cancellationToken) =>
        site.SetSettingAsync(LocalizationSettings.SettingKey, CanonicalJson.Serialize(JsonSerializer.SerializeToElement(settings, CmsJson.Options)), cancellationToken);
}
