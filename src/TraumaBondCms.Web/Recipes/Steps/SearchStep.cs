using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Recipes.Steps;

/// <summary>
/// The <c>Search</c> step: <c>{ "synonyms": ["no contact, NC", ...], "riskRules": ["(he|she|partner) hit|hurt me", "suicid*", ...],
/// "riskPhrases": [...], "crisisResources": ["resource-us-988-lifeline", ...], "cultures": { "es": { "synonyms": [...],
/// "riskRules": [...] } } }</c> (risk rules: see <see cref="RiskRuleMatcher"/>; risk phrases are read as rules; a culture's
/// rules are read in its language and apply to readers of it). Each property given replaces that part of the search settings;
/// a property left out keeps what is there. Crisis resources must be existing Resource items (put the step after the
/// <c>Content</c> step that creates them); synonym sets need two entries or more.
/// </summary>
public sealed class SearchStep : IRecipeStep
{
    /// <summary>The content type crisis resources must have.</summary>
    public const string ResourceType = "Resource";

    /// <inheritdoc />
    public string Name => "Search";

    /// <inheritdoc />
    public async Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken)
    {
        var stored = await context.Session.Site.GetSettingsAsync(cancellationToken);
        var settings = stored.TryGetValue(SearchSettings.SettingKey, out var json)
            ? JsonSerializer.Deserialize<SearchSettings>(json, CmsJson.Options) ?? SearchSettings.Default
            : SearchSettings.Default;
        if (step.TryGetProperty("synonyms", out _))
        {
            var synonyms = RecipeStepJson.Read<string[]>(step, "synonyms", Name);
            if (synonyms.FirstOrDefault(s => SynonymTable.From([s]).Count == 0) is { } lonely)
            {
                throw new RecipeException($"Step 'Search': the synonym set \"{lonely}\" needs at least two comma-separated entries with words.");
            }

            settings = settings with { Synonyms = synonyms };
        }

        if (step.TryGetProperty("riskPhrases", out _))
        {
            var phrases = RecipeStepJson.Read<string[]>(step, "riskPhrases", Name);
            if (phrases.FirstOrDefault(p => SearchText.Words(p).Count == 0) is { } empty)
            {
                throw new RecipeException($"Step 'Search': the risk phrase \"{empty}\" has no words.");
            }

            settings = settings with { RiskPhrases = phrases };
        }

        if (step.TryGetProperty("riskRules", out _))
        {
            var rules = RecipeStepJson.Read<string[]>(step, "riskRules", Name);
            if (rules.FirstOrDefault(r => RiskRuleMatcher.Problem(r) is not null) is { } bad)
            {
                throw new RecipeException($"Step 'Search': the risk rule \"{bad}\" cannot be used: {RiskRuleMatcher.Problem(bad)}.");
            }

            settings = settings with { RiskRules = rules };
        }

        if (step.TryGetProperty("cultures", out _))
        {
            var cultures = RecipeStepJson.Read<Dictionary<string, CultureSearchSettings>>(step, "cultures", Name);
            var normalized = new Dictionary<string, CultureSearchSettings>(StringComparer.Ordinal);
            foreach (var (key, value) in cultures)
            {
                var name = Core.Localization.CultureNames.Normalize(key) ?? throw new RecipeException($"Step 'Search': \"{key}\" in \"cultures\" is not a culture name or language tag (e.g. es, es-MX).");
                var language = SearchLanguage.For(name);
                if (value.RiskRules.FirstOrDefault(r => RiskRuleMatcher.Problem(r, language) is not null) is { } bad)
                {
                    throw new RecipeException($"Step 'Search': the {name} risk rule \"{bad}\" cannot be used: {RiskRuleMatcher.Problem(bad, language)}.");
                }

                if (value.Synonyms.FirstOrDefault(syn => SynonymTable.From([syn]).Count == 0) is { } lonely)
                {
                    throw new RecipeException($"Step 'Search': the {name} synonym set \"{lonely}\" needs at least two comma-separated entries with words.");
                }

                normalized[name] = value;
            }

            settings = settings with { Cultures = normalized };
        }

        if (step.TryGetProperty("crisisResources", out _))
        {
            var ids = RecipeStepJson.Read<string[]>(step, "crisisResources", Name);
            await CheckResourcesAsync(context.Session, ids, cancellationToken);
            settings = settings with { CrisisResources = ids.Distinct(StringComparer.Ordinal).ToArray() };
        }

        await context.Session.Site.SetSettingAsync(SearchSettings.SettingKey, JsonSerializer.Serialize(settings, CmsJson.Options), cancellationToken);
        context.Report($"Search: {settings.Synonyms.Count} synonym set(s), {settings.RiskRules.Count} risk rule(s), {settings.RiskPhrases.Count} risk phrase(s), {settings.CrisisResources.Count} crisis resource(s), rules for {settings.Cultures.Count} other culture(s).");
    }

    private static async Task CheckResourcesAsync(IStoreSession session, string[] ids, CancellationToken cancellationToken)
    {
        foreach (var id in ids)
        {
            var item = ContentIds.IsWellFormed(id) ? await session.Content.GetAsync(id, VersionSelector.Latest, cancellationToken) : null;
            if (item?.ContentType != ResourceType)
            {
                throw new RecipeException(item is null
                    ? $"Step 'Search': crisis resource '{id}' does not exist; create it in a Content step before the Search step."
                    : $"Step 'Search': crisis resource '{id}' is a {item.ContentType}, not a {ResourceType}.");
            }
        }
    }
}
