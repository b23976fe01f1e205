using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Web.Recipes.Steps;

/// <summary>The <c>Settings</c> step: <c>{ "settings": { "Key": value, ... } }</c>; sets each key to its JSON value (never the search settings or risk rules: see <see cref="SearchStep"/>).</summary>
public sealed class SettingsStep : IRecipeStep
{
    /// <inheritdoc />
    public string Name => "Settings";

    /// <inheritdoc />
    public async Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken)
    {
        var settings = RecipeStepJson.Read<Dictionary<string, JsonElement>>(step, "settings", Name);
        // Search settings carry the risk rules, which change only through the Search step's proposal and a clinician's signature.
        if (settings.Keys.FirstOrDefault(k => k is SearchSettings.SettingKey or RiskRuleBook.SettingKey) is { } guarded)
        {
            throw new RecipeException($"Step 'Settings': the setting '{guarded}' is changed only by the 'Search' step, whose risk rules a clinical reviewer signs.");
        }

        foreach (var (key, value) in settings)
        {
            await context.Session.Site.SetSettingAsync(key, CanonicalJson.Serialize(value), cancellationToken);
        }

        context.Report($"Settings: {settings.Count} setting(s).");
    }
}
