using TraumaBondCms.Core.Safety;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Safety;

/// <summary>
/// Region-aware crisis routing for readers (REST now, the GraphQL <c>crisisResources(region:)</c> field later): the
/// verified, published crisis lines for the region, then for its country, then the configured global fallback. Never
/// an empty list and never an error for bad input: a missing region uses the site's default region, a malformed or
/// unknown code gets the global fallback with a note. Resources whose verification is overdue stay listed, flagged.
/// For a reader's culture, each resource is listed once, in the best culture of the reader's chain among its verified
/// translations, and within each level the lines that answer in the reader's language come first. Thread-safe.
/// </summary>
public sealed class CrisisRoutingService(ICmsStore store, ContentDefinitionCache definitions, Localization.LocalizationCatalog localization, TimeProvider clock)
{
    /// <summary>The crisis resources for <paramref name="region"/> (e.g. <c>US-CA</c>, <c>GB</c>); null or blank for the site's default region.</summary>
    public Task<CrisisRouting> RouteAsync(string? region, CancellationToken cancellationToken = default) => RouteAsync(region, null, cancellationToken);

    /// <summary>The crisis resources for <paramref name="region"/> and a reader of <paramref name="culture"/> (null: the default culture).</summary>
    public async Task<CrisisRouting> RouteAsync(string? region, string? culture, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenReadAsync(cancellationToken);
        var (settings, defaultRegion) = await SafetySettingsStore.ReadAsync(session.Site, cancellationToken);
        var fallback = settings?.CrisisFallback ?? CrisisFallback.Default;
        var chain = localization.Chain(culture);
        var language = Core.Localization.CultureNames.Language(chain[0]);
        var languagesField = settings?.Resources?.LanguagesField ?? "languages";
        var resources = InCulture(await ResourceDirectory.LoadAsync(session, settings, definitions.Catalog, clock.GetUtcNow(), cancellationToken), chain);

        var (code, note) = Resolve(region, defaultRegion);
        // Lines that answer in the reader's language first; the order among equals stays (by name).
        var lines = resources.Where(r => r.IsCrisisLine && r.IsVerified && r.Region is not null)
            .OrderBy(r => Answers(r, languagesField, language) ? 0 : 1)
            .ToList();
        var answer = new List<CrisisResource>();
        if (code is { IsGlobal: false })
        {
            if (code.Subdivision is not null)
            {
                answer.AddRange(lines.Where(r => r.Region!.Code == code.Code).Select(r => Entry(r, CrisisLevel.Subdivision, settings)));
            }

            answer.AddRange(lines.Where(r => r.Region!.Subdivision is null && !r.Region.IsGlobal && r.Region.Country == code.Country).Select(r => Entry(r, CrisisLevel.Country, settings)));
            if (answer.Count == 0)
            {
                note ??= $"No verified crisis resources are listed for {code.Code} yet; showing resources that serve every region.";
            }
        }

        answer.AddRange(lines.Where(r => r.Region!.IsGlobal).Select(r => Entry(r, CrisisLevel.Global, settings)));
        var listed = answer.Select(a => a.ContentItemId).ToHashSet(StringComparer.Ordinal);
        answer.AddRange(fallback.Resources
            .Select(id => resources.FirstOrDefault(r => r.Item.ContentItemId == id || r.Item.LocalizationSet == id))
            .Where(r => r is not null && !listed.Contains(r.Item.ContentItemId))
            .Select(r => Entry(r!, CrisisLevel.Fallback, settings)));
        if (answer.Count == 0)
        {
            answer.Add(new CrisisResource(null, fallback.Name, null, CrisisLevel.Fallback, RegionCode.GlobalCode, null, fallback.Url, null, null, false));
        }

        return new CrisisRouting(region, code is { IsGlobal: false } ? code.Code : null, note, fallback.Note, answer);
    }

    /// <summary>True when <paramref name="resource"/> lists <paramref name="language"/> among the languages it answers in.</summary>
    public static bool Answers(ResourceSnapshot resource, string languagesField, string language) =>
        resource.Item.Fields.GetStrings(languagesField).Any(l => Core.Localization.LanguageNames.Names(l, language));

    // Each resource once: among its translations, the verified ones in the reader's best culture (a translation whose
    // contact details nobody verified yet gives way to one whose were), else whatever the set has.
    private static List<ResourceSnapshot> InCulture(IReadOnlyList<ResourceSnapshot> resources, IReadOnlyList<string> chain) =>
        resources.GroupBy(r => r.Item.LocalizationSet, StringComparer.Ordinal)
            .Select(set => set.OrderBy(r => r.IsVerified ? 0 : 1).ThenBy(r => GraphQL.Resolvers.ContentLoaders.Rank(chain, r.Item.Culture)).First())
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

    private static (RegionCode? Code, string? Note) Resolve(string? region, RegionCode? defaultRegion)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            return defaultRegion is null
                ? (null, "No region was given; showing resources that serve every region.")
                : (defaultRegion, $"No region was given; showing resources for {defaultRegion.Code}, the site's default region.");
        }

        var code = RegionCode.TryParse(region, out var problem);
        return code is null ? (null, problem + " Showing resources that serve every region.") : (code, null);
    }

    private static CrisisResource Entry(ResourceSnapshot resource, CrisisLevel level, SafetySettings? settings) => new(
        resource.Item.ContentItemId,
        resource.Name,
        resource.Item.Slug,
        level,
        resource.Item.Fields.GetString(settings!.Resources!.RegionField),
        resource.Item.Fields,
        null,
        resource.Status,
        resource.LastVerification?.VerifiedUtc,
        resource.Status == VerificationStatus.Overdue)
    {
        Culture = resource.Item.Culture,
    };
}
