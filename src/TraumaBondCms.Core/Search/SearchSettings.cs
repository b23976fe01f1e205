namespace TraumaBondCms.Core.Search;

/// <summary>
/// Search configuration set by the <c>Search</c> recipe step and stored as the <see cref="SettingKey"/> setting:
/// synonym sets and the crisis resources search may show first when a query matches a risk rule. The risk rules themselves
/// live in the <see cref="RiskRuleBook"/>, signed by a clinician; the risk rule members here are what installations from
/// before that stored (read as a proposal awaiting a first signature) and are stored empty since. Immutable.
/// </summary>
public sealed record SearchSettings
{
    /// <summary>The setting that holds these settings as JSON.</summary>
    public const string SettingKey = "Search";

    /// <summary>No synonyms, no risk phrases, no crisis resources.</summary>
    public static SearchSettings Default { get; } = new();

    /// <summary>Synonym sets, each written as comma-separated entries (<c>"no contact, NC"</c>).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Phrases that flag a query as a possible crisis (<c>"he hits me"</c>, <c>"suicid*"</c>); read as risk rules.</summary>
    public IReadOnlyList<string> RiskPhrases { get; init; } = [];

    /// <summary>Patterns over stemmed words that flag a query as a possible crisis (see <see cref="RiskRuleMatcher"/>).</summary>
    public IReadOnlyList<string> RiskRules { get; init; } = [];

    /// <summary>
    /// Synonyms and risk rules for readers of a culture or language, by culture name or language tag (<c>es</c> covers every
    /// Spanish culture): they apply besides the rules above (written in English), for readers whose fallback chain holds a
    /// culture the key covers. Empty: English only.
    /// </summary>
    public IReadOnlyDictionary<string, CultureSearchSettings> Cultures { get; init; } = new Dictionary<string, CultureSearchSettings>();

    /// <summary>
    /// Content item ids of the Resources search may pin when a query is flagged: those of them that crisis routing lists
    /// for the reader's region, in routing order (region, country, global). Empty: every resource routing lists.
    /// </summary>
    public IReadOnlyList<string> CrisisResources { get; init; } = [];
}
