using System.Text.Json;
using TraumaBondCms.Core.Localization;
using TraumaBondCms.Web.Recipes;

namespace TraumaBondCms.Web.Localization;

/// <summary>
/// The <c>Localization</c> recipe step: <c>{ "defaultCulture": "en-US", "cultures": [{ "name": "es-US", "displayName":
/// "Español (Estados Unidos)", "fallback": ["en-US"] }, ...] }</c>. Replaces the site's cultures: the default culture must
/// be among them and every fallback must be enabled; names are BCP 47 tags (case is corrected). Content stays in the
/// culture it was written in: a culture that holds content cannot be removed, and changing the default culture does not
/// move existing items (a reviewer signed them as written).
/// </summary>
public sealed class LocalizationStep : IRecipeStep
{
    /// <inheritdoc />
    public string Name => "Localization";

    /// <inheritdoc />
    public async Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken)
    {
        var cultures = RecipeStepJson.Read<CultureDefinition[]>(step, "cultures", Name);
        var defaultCulture = RecipeStepJson.Read<string>(step, "defaultCulture", Name);
        var settings = new LocalizationSettings
        {
            DefaultCulture = CultureNames.Normalize(defaultCulture) ?? defaultCulture,
            Cultures = cultures.Select(c => c with
            {
                Name = CultureNames.Normalize(c.Name) ?? c.Name,
                Fallback = [.. (c.Fallback ?? []).Select(f => CultureNames.Normalize(f) ?? f)],
            }).ToList(),
        };
        var problems = settings.Problems().ToList();
        var before = await LocalizationSettingsStore.ReadAsync(context.Session.Site, cancellationToken);
        foreach (var removed in before.Cultures.Where(c => !settings.IsEnabled(c.Name)))
        {
            var holding = await context.Session.Content.QueryAsync(
                new Data.ContentQuery { Status = Data.ContentStatusFilter.Latest, Cultures = [removed.Name], First = 1, CountTotal = false },
                cancellationToken);
            if (holding.Items.Count > 0)
            {
                problems.Add($"Culture '{removed.Name}' holds content (e.g. '{holding.Items[0].ContentItemId}') and cannot be removed.");
            }
        }

        if (problems.Count > 0)
        {
            throw new RecipeException($"Step '{Name}': {string.Join(" ", problems)}");
        }

        await LocalizationSettingsStore.WriteAsync(context.Session.Site, settings, cancellationToken);
        context.Localization = settings;
        context.Report($"Localization: {settings.Cultures.Count} culture(s), default {settings.DefaultCulture}.");
    }
}
