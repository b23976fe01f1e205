namespace TraumaBondCms.Core.Safety;

/// <summary>
/// Everything the <c>SafetyRules</c> recipe step configures: the resource type, risk topics, blocked hosts, emergency
/// numbers, the crisis fallback and the rules of each content type. Stored as one site setting; immutable.
/// </summary>
public sealed record SafetySettings
{
    /// <summary>The site setting that holds these settings as JSON.</summary>
    public const string SettingKey = "SafetyRules";

    /// <summary>The resource type and its fields; null when no type holds resources (no verification, no routing by data).</summary>
    public ResourceSettings? Resources { get; init; }

    /// <summary>Emergency numbers (e.g. 911, 999, 112) that may appear without a Resource.</summary>
    public IReadOnlyList<string> EmergencyNumbers { get; init; } = [];

    /// <summary>Hosts content may not link to; a host blocks its subdomains too.</summary>
    public IReadOnlyList<string> BlockedHosts { get; init; } = [];

    /// <summary>The risk topics.</summary>
    public IReadOnlyList<RiskTopic> RiskTopics { get; init; } = [];

    /// <summary>What crisis routing falls back to.</summary>
    public CrisisFallback CrisisFallback { get; init; } = CrisisFallback.Default;

    /// <summary>The rules per content type.</summary>
    public IReadOnlyList<ContentTypeSafetyRules> Types { get; init; } = [];

    /// <summary>
    /// Rules for items in a culture or language, by culture name or language tag (<c>es</c> covers every Spanish culture;
    /// the most specific key covering an item's culture applies).
    /// </summary>
    public IReadOnlyDictionary<string, CultureSafetyRules> Cultures { get; init; } = new Dictionary<string, CultureSafetyRules>();

    /// <summary>
    /// These settings as they apply to an item written in <paramref name="culture"/>: the risk topics and type rules of the
    /// most specific culture key covering it replace the site's; without such a key, these settings.
    /// </summary>
    public SafetySettings ForCulture(string culture)
    {
        var key = Cultures.Keys.Where(k => Localization.CultureNames.Covers(k, culture)).OrderByDescending(k => k.Length).FirstOrDefault();
        if (key is null)
        {
            return this;
        }

        var rules = Cultures[key];
        return this with
        {
            RiskTopics = rules.RiskTopics.Count > 0 ? rules.RiskTopics : RiskTopics,
            Types = [.. Types.Where(t => !rules.Types.Any(c => c.ContentType == t.ContentType)), .. rules.Types],
        };
    }

    /// <summary>The rules of <paramref name="contentType"/>; null when it runs no safety checks.</summary>
    public ContentTypeSafetyRules? For(string contentType) =>
        Types.FirstOrDefault(t => string.Equals(t.ContentType, contentType, StringComparison.Ordinal));

    /// <summary>
    /// These settings with <paramref name="update"/> applied: its top-level values replace these where it sets them
    /// (non-null, non-empty), and its types replace the types of the same names.
    /// </summary>
    public SafetySettings Merge(SafetySettings update) => new()
    {
        Resources = update.Resources ?? Resources,
        EmergencyNumbers = update.EmergencyNumbers.Count > 0 ? update.EmergencyNumbers : EmergencyNumbers,
        BlockedHosts = update.BlockedHosts.Count > 0 ? update.BlockedHosts : BlockedHosts,
        RiskTopics = update.RiskTopics.Count > 0 ? update.RiskTopics : RiskTopics,
        CrisisFallback = ReferenceEquals(update.CrisisFallback, CrisisFallback.Default) ? CrisisFallback : update.CrisisFallback,
        Types = [.. Types.Where(t => update.For(t.ContentType) is null), .. update.Types],
        Cultures = new Dictionary<string, CultureSafetyRules>([.. Cultures.Where(c => !update.Cultures.ContainsKey(c.Key)), .. update.Cultures], StringComparer.Ordinal),
    };
}
