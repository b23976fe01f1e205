using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// Checks <see cref="SafetySettings"/> against the content definitions before they are stored: types and fields exist and
/// have the kinds the rules read, rule names are known, numbers, hosts, slugs and addresses are well formed. Pure.
/// </summary>
public static class SafetySettingsValidator
{
    /// <summary>Every problem found, one sentence each; empty when the settings are usable.</summary>
    public static IReadOnlyList<string> Validate(SafetySettings settings, ContentDefinitionCatalog catalog)
    {
        var problems = new List<string>();
        if (settings.Resources is { } resources)
        {
            ValidateResources(resources, catalog, problems);
        }

        foreach (var number in settings.EmergencyNumbers.Where(n => !PhoneNumbers.IsWellFormed(n)))
        {
            problems.Add($"Emergency number '{number}' is not a telephone number.");
        }

        foreach (var host in settings.BlockedHosts.Where(h => string.IsNullOrWhiteSpace(h) || h.Contains("://", StringComparison.Ordinal) || h.Contains('/', StringComparison.Ordinal)))
        {
            problems.Add($"Blocked host '{host}' must be a host name such as example.com, without a scheme or path.");
        }

        foreach (var topic in settings.RiskTopics)
        {
            if (string.IsNullOrWhiteSpace(topic.Name) || topic.Tags.Count + topic.Keywords.Count == 0)
            {
                problems.Add($"Risk topic '{topic.Name}' needs a name and at least one tag or keyword.");
            }

            problems.AddRange(topic.Tags.Where(t => !Slugs.IsValid(t)).Select(t => $"Risk topic '{topic.Name}': tag '{t}' is not a topic slug."));
            problems.AddRange(topic.Keywords.Where(string.IsNullOrWhiteSpace).Select(_ => $"Risk topic '{topic.Name}' has a blank keyword."));
        }

        if (WebHosts.Of(settings.CrisisFallback.Url) is null || string.IsNullOrWhiteSpace(settings.CrisisFallback.Name) || string.IsNullOrWhiteSpace(settings.CrisisFallback.Note))
        {
            problems.Add("The crisis fallback needs a name, a note and an http(s) url.");
        }

        foreach (var rules in settings.Types)
        {
            ValidateType(rules, settings, catalog, problems);
        }

        foreach (var (culture, rules) in settings.Cultures)
        {
            if (Localization.CultureNames.Normalize(culture) != culture)
            {
                problems.Add($"'{culture}' in \"cultures\" is not a culture name or language tag in canonical form (e.g. es, es-MX).");
                continue;
            }

            // A culture's rules are checked as they apply: over the site's, without its other cultures.
            problems.AddRange(Validate(settings.ForCulture(culture) with { Cultures = new Dictionary<string, CultureSafetyRules>() }, catalog).Select(p => $"Culture {culture}: {p}"));
        }

        return problems.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void ValidateResources(ResourceSettings resources, ContentDefinitionCatalog catalog, List<string> problems)
    {
        if (catalog.Find(resources.ContentType) is not { } type)
        {
            problems.Add($"Resource type '{resources.ContentType}' is not defined.");
            return;
        }

        RequireField(type, resources.CrisisFlagField, "crisisFlagField", [ContentFieldKind.Boolean], problems);
        RequireField(type, resources.RegionField, "regionField", [ContentFieldKind.Text], problems);
        if (resources.ChannelFields.Count == 0)
        {
            problems.Add($"Resource type '{type.Name}' needs at least one channel field.");
        }

        problems.AddRange(resources.ChannelFields.Where(f => type.GetField(f) is null).Select(f => $"Resource type '{type.Name}': channel field '{f}' is not defined."));
        if (type.VerificationIntervalDays is < 1)
        {
            problems.Add($"Resource type '{type.Name}': verificationIntervalDays must be at least 1.");
        }

        if (resources.ChannelChangePeople is not (2 or 3))
        {
            problems.Add($"Resource type '{type.Name}': channelChangePeople is 2 (author and verifier) or 3 (author, approving reviewer and verifier).");
        }
    }

    private static void ValidateType(ContentTypeSafetyRules rules, SafetySettings settings, ContentDefinitionCatalog catalog, List<string> problems)
    {
        if (catalog.Find(rules.ContentType) is not { } type)
        {
            problems.Add($"Safety rules name content type '{rules.ContentType}', which is not defined.");
            return;
        }

        problems.AddRange(rules.Rules.Keys.Where(r => !SafetyRuleNames.All.Contains(r, StringComparer.Ordinal))
            .Select(r => $"Safety rules of '{type.Name}': unknown rule '{r}'. Known rules: {string.Join(", ", SafetyRuleNames.All)}."));
        RequireField(type, rules.TopicsField, "topicsField", [ContentFieldKind.Tags], problems);
        RequireField(type, rules.ContentWarningField, "contentWarningField", [ContentFieldKind.Text], problems);
        RequireField(type, rules.RelatedResourcesField, "relatedResourcesField", [ContentFieldKind.ContentPicker], problems);
        RequireField(type, rules.RegionField, "regionField", [ContentFieldKind.Text], problems);
        if (rules.RelatedResourcesField is { } picker && settings.Resources is { } resources
            && type.GetField(picker)?.AllowedTypes is { Count: > 0 } allowed && !allowed.Contains(resources.ContentType, StringComparer.Ordinal))
        {
            problems.Add($"Safety rules of '{type.Name}': relatedResourcesField '{picker}' cannot pick {resources.ContentType} items.");
        }

        if (rules.Readability is { } readability)
        {
            foreach (var field in readability.Fields)
            {
                RequireField(type, field, "readability field", [ContentFieldKind.Text, ContentFieldKind.Markdown], problems);
            }

            if (readability.Fields.Count == 0 || readability.MinWords < 1)
            {
                problems.Add($"Safety rules of '{type.Name}': readability needs at least one field and a minWords of at least 1.");
            }
        }

        if (rules.Rules.ContainsKey(SafetyRuleNames.ContentWarning) && rules.ContentWarningField is null)
        {
            problems.Add($"Safety rules of '{type.Name}': the content-warning rule needs contentWarningField.");
        }

        if (rules.Rules.ContainsKey(SafetyRuleNames.Readability) && rules.Readability is null)
        {
            problems.Add($"Safety rules of '{type.Name}': the readability rule needs a readability target.");
        }
    }

    private static void RequireField(ContentTypeDefinition type, string? name, string setting, ContentFieldKind[] kinds, List<string> problems)
    {
        if (name is not null && type.GetField(name) is not { } field)
        {
            problems.Add($"Content type '{type.Name}': {setting} '{name}' is not a field of the type.");
        }
        else if (name is not null && !kinds.Contains(type.GetField(name)!.Kind))
        {
            problems.Add($"Content type '{type.Name}': {setting} '{name}' must be a {string.Join(" or ", kinds)} field.");
        }
    }
}
