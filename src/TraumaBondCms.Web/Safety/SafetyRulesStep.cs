using System.Text.Json;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Recipes;

namespace TraumaBondCms.Web.Safety;

/// <summary>
/// The <c>SafetyRules</c> recipe step: <c>{ "resources", "emergencyNumbers", "blockedHosts", "riskTopics",
/// "crisisFallback", "types": [{ "contentType", "rules": { "helpline-number": "error", ... }, ... }], "cultures": { "es":
/// { "riskTopics", "types" } }, "verifications": [{ "contentItemId", "note" }] }</c>; a culture's risk topics and types replace
/// the site's for items written in it. Merges into the stored <see cref="SafetySettings"/> (top-level values replace,
/// types replace by name) after checking them against the definitions. <c>verifications</c> seeds verification records
/// of resources the recipe installed, made by "Setup recipe" at the recipe's run time and marked as such; a record is not
/// repeated when the recipe runs again on unchanged contact details. Runs after the Content step.
/// </summary>
public sealed class SafetyRulesStep(Signing.RecordSignatures records, TimeProvider clock) : IRecipeStep
{
    /// <summary>The note on seeded verifications when the recipe gives none.</summary>
    public const string DefaultSeedNote = "Seeded by the setup recipe from the contact details its authors published; no one in this installation has checked them yet. Verify the resource to confirm.";

    /// <inheritdoc />
    public string Name => "SafetyRules";

    /// <inheritdoc />
    public async Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken)
    {
        StepBody body;
        try
        {
            body = step.Deserialize<StepBody>(CmsJson.Options) ?? throw new RecipeException($"Step '{Name}' is empty.");
        }
        catch (JsonException e)
        {
            throw new RecipeException($"Step '{Name}' is malformed: {e.Message}", e);
        }

        var update = new SafetySettings
        {
            Resources = body.Resources,
            EmergencyNumbers = body.EmergencyNumbers ?? [],
            BlockedHosts = body.BlockedHosts ?? [],
            RiskTopics = body.RiskTopics ?? [],
            CrisisFallback = body.CrisisFallback ?? CrisisFallback.Default,
            Types = body.Types ?? [],
            Cultures = body.Cultures ?? new Dictionary<string, CultureSafetyRules>(),
        };
        var (existing, _) = await SafetySettingsStore.ReadAsync(context.Session.Site, cancellationToken);
        var merged = existing?.Merge(update) ?? update;
        var problems = SafetySettingsValidator.Validate(merged, context.Catalog).ToList();
        problems.AddRange(await MissingFallbacksAsync(context.Session, merged, cancellationToken));
        if (problems.Count > 0)
        {
            throw new RecipeException($"Step '{Name}': {string.Join(" ", problems)}");
        }

        await SafetySettingsStore.WriteAsync(context.Session.Site, merged, cancellationToken);
        var seeded = await SeedVerificationsAsync(context, merged, body.Verifications ?? [], cancellationToken);
        context.Report($"{Name}: rules for {merged.Types.Count} type(s), {merged.RiskTopics.Count} risk topic(s), {seeded} verification(s) seeded.");
    }

    private static async Task<IEnumerable<string>> MissingFallbacksAsync(IStoreSession session, SafetySettings settings, CancellationToken cancellationToken)
    {
        var found = await session.Content.GetManyAsync(settings.CrisisFallback.Resources, VersionSelector.Latest, cancellationToken);
        return settings.CrisisFallback.Resources
            .Where(id => !found.Any(f => f.ContentItemId == id && f.ContentType == settings.Resources?.ContentType))
            .Select(id => $"Crisis fallback resource '{id}' is not a {settings.Resources?.ContentType ?? "resource"} item.");
    }

    private async Task<int> SeedVerificationsAsync(RecipeContext context, SafetySettings settings, IReadOnlyList<SeedVerification> seeds, CancellationToken cancellationToken)
    {
        if (seeds.Count == 0)
        {
            return 0;
        }

        var resources = settings.Resources ?? throw new RecipeException($"Step '{Name}': verifications need \"resources\" to name the resource type.");
        var earlier = await context.Session.Safety.GetVerificationsAsync(seeds.Select(s => s.ContentItemId).ToList(), cancellationToken);
        var seeded = 0;
        foreach (var seed in seeds)
        {
            var item = await context.Session.Content.GetAsync(seed.ContentItemId, VersionSelector.Published, cancellationToken)
                ?? await context.Session.Content.GetAsync(seed.ContentItemId, VersionSelector.Latest, cancellationToken);
            if (item is null || item.ContentType != resources.ContentType)
            {
                throw new RecipeException($"Step '{Name}': verification of '{seed.ContentItemId}': no {resources.ContentType} item has that id.");
            }

            var (_, hash) = ResourceChannels.Fingerprint(item.Fields, resources.ChannelFields);
            if (earlier.Any(v => v.ContentItemId == item.ContentItemId && v.Kind == VerificationKind.Recipe && v.ChannelsHash == hash))
            {
                continue;
            }

            var verification = ResourceVerificationService.Record(item, resources, "recipe", "Setup recipe", VerificationKind.Recipe, seed.Note ?? DefaultSeedNote, clock.GetUtcNow());
            await ResourceVerificationService.AddAsync(context.Session, records, verification, context.Actor.UserName, cancellationToken);
            seeded++;
        }

        return seeded;
    }

    private sealed record SeedVerification(string ContentItemId, string? Note);

    private sealed record StepBody
    {
        public required string Name { get; init; }

        public ResourceSettings? Resources { get; init; }

        public IReadOnlyList<string>? EmergencyNumbers { get; init; }

        public IReadOnlyList<string>? BlockedHosts { get; init; }

        public IReadOnlyList<RiskTopic>? RiskTopics { get; init; }

        public CrisisFallback? CrisisFallback { get; init; }

        public IReadOnlyList<ContentTypeSafetyRules>? Types { get; init; }

        public IReadOnlyList<SeedVerification>? Verifications { get; init; }

        public IReadOnlyDictionary<string, CultureSafetyRules>? Cultures { get; init; }
    }
}
