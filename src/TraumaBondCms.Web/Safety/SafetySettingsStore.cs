using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Safety;

/// <summary>
/// Reads and writes the <see cref="SafetySettings"/> (one site setting, written by the <c>SafetyRules</c> recipe step) and
/// the site's <c>DefaultRegion</c> setting. Read inside the caller's session, so a check sees the rules of its own
/// snapshot. Thread-safe.
/// </summary>
public static class SafetySettingsStore
{
    /// <summary>The site setting holding the region assumed for items without one (an ISO 3166 code).</summary>
    public const string DefaultRegionKey = "DefaultRegion";

    /// <summary>The stored settings (null when no <c>SafetyRules</c> step ran) and the default region (null when unset or invalid).</summary>
    public static async Task<(SafetySettings? Settings, RegionCode? DefaultRegion)> ReadAsync(ISiteRepository site, CancellationToken cancellationToken)
    {
        var all = await site.GetSettingsAsync(cancellationToken);
        var settings = all.TryGetValue(SafetySettings.SettingKey, out var json) ? JsonSerializer.Deserialize<SafetySettings>(json, CmsJson.Options) : null;
        var region = all.TryGetValue(DefaultRegionKey, out var regionJson) && JsonSerializer.Deserialize<JsonElement>(regionJson) is { ValueKind: JsonValueKind.String } code
            ? RegionCode.TryParse(code.GetString(), out _)
            : null;
        return (settings, region);
    }

    /// <summary>Stores <paramref name="settings"/>, replacing what was stored.</summary>
    public static Task WriteAsync(ISiteRepository site, SafetySettings settings, CancellationToken cancellationToken) =>
        site.SetSettingAsync(SafetySettings.SettingKey, CanonicalJson.Serialize(JsonSerializer.SerializeToElement(settings, CmsJson.Options)), cancellationToken);
}
