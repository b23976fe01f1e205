namespace TraumaBondCms.Core.Localization;

/// <summary>
/// The cultures a site publishes in, set by the <c>Localization</c> recipe step and stored as the <see cref="SettingKey"/>
/// setting: the default culture (content created without a culture, and every item that existed before localization,
/// is in it) and each enabled culture with its fallback chain. <see cref="Chain"/> answers "which cultures, in which
/// order, for a reader who asks for this one". Immutable and thread-safe.
/// </summary>
public sealed record LocalizationSettings
{
    /// <summary>The setting that holds these settings as JSON.</summary>
    public const string SettingKey = "Localization";

    /// <summary>The most cultures a site may enable (it bounds every list of an item's translations).</summary>
    public const int MaxCultures = 20;

    /// <summary>A site that never configured localization: <see cref="CultureNames.BuiltInDefault"/> only.</summary>
    public static LocalizationSettings Default { get; } = new()
    {
        DefaultCulture = CultureNames.BuiltInDefault,
        Cultures = [new CultureDefinition { Name = CultureNames.BuiltInDefault, DisplayName = "English (United States)" }],
    };

    /// <summary>The default culture; one of <see cref="Cultures"/>.</summary>
    public required string DefaultCulture { get; init; }

    /// <summary>The enabled cultures, the default among them, in the order editors see them.</summary>
    public required IReadOnlyList<CultureDefinition> Cultures { get; init; }

    /// <summary>True when <paramref name="culture"/> (normalized) is enabled.</summary>
    public bool IsEnabled(string culture) => Find(culture) is not null;

    /// <summary>The enabled culture named <paramref name="culture"/>; null when it is not enabled.</summary>
    public CultureDefinition? Find(string culture) => Cultures.FirstOrDefault(c => c.Name == culture);

    /// <summary>The name editors see for <paramref name="culture"/>.</summary>
    public string DisplayNameOf(string culture) => Find(culture)?.DisplayName ?? culture;

    /// <summary>
    /// The enabled cultures to serve a reader who asked for <paramref name="requested"/>, most preferred first, without
    /// repeats: an enabled culture, then its fallbacks (each followed by its own); a culture that is not enabled, the
    /// enabled cultures of its language in configured order (<c>es-AR</c> → <c>es-US</c>); null, blank or not a culture
    /// name, the default culture. The default culture ends the chain unless a fallback listed it earlier.
    /// </summary>
    public IReadOnlyList<string> Chain(string? requested)
    {
        var chain = new List<string>();
        void Add(string culture)
        {
            // A culture's fallbacks follow it, each with its own (es-MX → es-US → what es-US falls back to), once each.
            if (Find(culture) is { } enabled && !chain.Contains(culture, StringComparer.Ordinal))
            {
                chain.Add(culture);
                foreach (var fallback in enabled.Fallback)
                {
                    Add(fallback);
                }
            }
        }

        var name = CultureNames.Normalize(requested);
        if (name is not null && IsEnabled(name))
        {
            Add(name);
        }
        else if (name is not null)
        {
            // The enabled cultures of the language first (es-AR: es-US, es-MX), then what they fall back to.
            var language = CultureNames.Language(name);
            var sameLanguage = Cultures.Where(c => CultureNames.Language(c.Name) == language).ToList();
            chain.AddRange(sameLanguage.Select(c => c.Name));
            foreach (var fallback in sameLanguage.SelectMany(c => c.Fallback))
            {
                Add(fallback);
            }
        }
        else
        {
            Add(DefaultCulture);
        }

        if (!chain.Contains(DefaultCulture, StringComparer.Ordinal))
        {
            chain.Add(DefaultCulture);
        }

        return chain;
    }

    /// <summary>What is wrong with these settings (each a sentence); empty when they can be used.</summary>
    public IEnumerable<string> Problems()
    {
        if (Cultures.Count == 0)
        {
            yield return "At least one culture must be enabled.";
        }

        if (Cultures.Count > MaxCultures)
        {
            yield return $"At most {MaxCultures} cultures can be enabled; {Cultures.Count} are listed.";
        }

        foreach (var culture in Cultures)
        {
            if (CultureNames.Normalize(culture.Name) != culture.Name)
            {
                yield return $"'{culture.Name}' is not a culture name in canonical form (language[-Script][-REGION], e.g. es-US).";
            }

            foreach (var fallback in culture.Fallback.Where(f => !IsEnabled(f)))
            {
                yield return $"Culture '{culture.Name}' falls back to '{fallback}', which is not enabled.";
            }

            if (culture.Fallback.Contains(culture.Name, StringComparer.Ordinal))
            {
                yield return $"Culture '{culture.Name}' cannot fall back to itself.";
            }
        }

        foreach (var repeated in Cultures.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"Culture '{repeated.Key}' is listed more than once.";
        }

        if (!IsEnabled(DefaultCulture))
        {
            yield return $"The default culture '{DefaultCulture}' must be one of the enabled cultures.";
        }
    }
}
