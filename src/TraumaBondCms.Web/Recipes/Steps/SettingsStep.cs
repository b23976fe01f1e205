using System.Text.Json;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Web.Recipes.Steps;

/// <summary>The <c>Settings</c> step: <c>{ "settings": { "Key": value, ... } }</c>; sets each key to its JSON value.</summary>
public sealed class SettingsStep : IRecipeStep
{
    /// <inheritdoc />
    public string Name => "Settings";

    /// <inheritdoc />
    public async Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken)
    {
        var settings = RecipeStepJson.Read<Dictionary<string, JsonElement>>(step, "settings", Name);
        foreach (var (key, value) in settings)
        {
            await context.Session.Site.SetSettingAsync(key, CanonicalJson.Serialize(value), cancellationToken);
        }

        context.Report($"Settings: {settings.Count} setting(s).");
    }
}
