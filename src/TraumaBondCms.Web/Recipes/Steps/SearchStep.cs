using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Search.RiskRules;

namespace TraumaBondCms.Web.Recipes.Steps;

/// <summary>
/// The <c>Search</c> step: <c>{ "synonyms": ["no contact, NC", ...], "riskRules": ["(he|she|partner) hit|hurt me", "suicid*", ...],
/// "riskPhrases": [...], "crisisResources": ["resource-us-988-lifeline", ...], "cultures": { "es": { "synonyms": [...],
/// "riskRules": [...] } } }</c> (risk rules: see <see cref="RiskRuleMatcher"/>; risk phrases are read as rules; a culture's
/// rules are read in its language and apply to readers of it). Each property given replaces that part of the search settings;
/// a property left out keeps what is there. Risk rules are not stored as settings: they are proposed to the clinical reviewers
/// (<see cref="RiskRuleProposals"/>); rules added flag queries at once, rules removed or changed keep flagging until a reviewer signs. Crisis resources must be existing Resource items (put the step after the
/// <c>Content</c> step that creates them); synonym sets need two entries or more.
/// </summary>
public sealed class SearchStep(TimeProvider clock) : IRecipeStep
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

        string[]? phrases = null;
        if (step.TryGetProperty("riskPhrases", out _))
        {
            phrases = RecipeStepJson.Read<string[]>(step, "riskPhrases", Name);
            if (phrases.FirstOrDefault(p => SearchText.Words(p).Count == 0) is { } empty)
            {
                throw new RecipeException($"Step 'Search': the risk phrase \"{empty}\" has no words.");
            }
        }

        string[]? rules = null;
        if (step.TryGetProperty("riskRules", out _))
        {
            rules = RecipeStepJson.Read<string[]>(step, "riskRules", Name);
            if (rules.FirstOrDefault(r => RiskRuleMatcher.Problem(r) is not null) is { } bad)
            {
                throw new RecipeException($"Step 'Search': the risk rule \"{bad}\" cannot be used: {RiskRuleMatcher.Problem(bad)}.");
            }
        }

        // Risk rules are not settings: they become a proposal a clinician signs (RiskRuleProposals), so the stored search
        // settings keep none of them.
        var proposed = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (phrases is not null || rules is not null)
        {
            proposed[RiskRuleBook.SiteScope] = [.. phrases ?? [], .. rules ?? []];
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

                normalized[name] = value with { RiskRules = [] };
                proposed[name] = value.RiskRules;
            }

            // A culture the step leaves out loses its rules: proposed as a removal, which waits for a signature.
            foreach (var scope in (await RiskRuleStore.ReadAsync(context.Session.Site, cancellationToken)).Scopes.Keys.Where(k => k != RiskRuleBook.SiteScope && !normalized.ContainsKey(k)))
            {
                proposed[scope] = [];
            }

            settings = settings with { Cultures = normalized };
        }

        if (step.TryGetProperty("crisisResources", out _))
        {
            var ids = RecipeStepJson.Read<string[]>(step, "crisisResources", Name);
            await CheckResourcesAsync(context.Session, ids, cancellationToken);
            settings = settings with { CrisisResources = ids.Distinct(StringComparer.Ordinal).ToArray() };
        }

        var waiting = await ProposeAsync(context, proposed, cancellationToken);
        settings = settings with { RiskRules = [], RiskPhrases = [], Cultures = settings.Cultures.ToDictionary(c => c.Key, c => c.Value with { RiskRules = [] }, StringComparer.Ordinal) };
        await context.Session.Site.SetSettingAsync(SearchSettings.SettingKey, JsonSerializer.Serialize(settings, CmsJson.Options), cancellationToken);
        context.Report($"Search: {settings.Synonyms.Count} synonym set(s), {settings.CrisisResources.Count} crisis resource(s), synonyms for {settings.Cultures.Count} other culture(s); risk rules proposed for {waiting} scope(s), waiting for a clinical reviewer's signature (rules added flag at once).");
    }

    // Every scope's proposed rules go into the rule book as proposals, each with its audit entry; rules the stored settings
    // still carried from before sign-off existed are read as a proposal first (RiskRuleStore), so they stay in force too.
    private async Task<int> ProposeAsync(RecipeContext context, Dictionary<string, IReadOnlyList<string>> proposed, CancellationToken cancellationToken)
    {
        var book = await RiskRuleStore.ReadAsync(context.Session.Site, cancellationToken);
        var now = clock.GetUtcNow();
        var count = 0;
        foreach (var (scope, rules) in proposed.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            (book, var diff, var proposal) = RiskRuleProposals.Propose(book, scope, rules, context.Actor.AuditName, "recipe " + context.RecipeName, now);
            if (diff is not null && proposal is not null)
            {
                await RiskRuleProposals.RecordAsync(context.Session, scope, proposal, diff, cancellationToken);
                count++;
            }
        }

        // Written even when nothing changed: the rules stored before sign-off existed are read as proposals above, and the
        // search settings are about to be stored without them.
        await RiskRuleStore.WriteAsync(context.Session.Site, book, cancellationToken);

        return count;
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
