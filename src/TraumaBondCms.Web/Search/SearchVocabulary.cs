using System.Text.Json;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Search.RiskRules;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// The search settings in usable form: synonyms, the risk rules in force and the crisis resources. Read from the store's
/// <see cref="SearchSettings.SettingKey"/> and <see cref="RiskRuleBook.SettingKey"/> settings in the caller's session (so a recipe's change is seen by the next search)
/// and compiled once per distinct setting value. Thread-safe.
/// </summary>
public sealed class SearchVocabulary
{
    private static volatile Cached s_cache = new(null, new(SearchSettings.Default, RiskRuleBook.Empty));

    private readonly Dictionary<string, SynonymTable> _byChain = new(StringComparer.Ordinal);

    private SearchVocabulary(SearchSettings settings, RiskRuleBook book)
    {
        Settings = settings;
        RiskRuleBook = book;
        Synonyms = SynonymTable.From(settings.Synonyms);
        RiskRules = RiskRuleMatcher.From(book.Get(RiskRuleBook.SiteScope).InForce);
        EveryLanguageRiskRules = [RiskRules, .. book.Scopes.Where(s => s.Key != RiskRuleBook.SiteScope).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => RiskRuleMatcher.From(c.Value.InForce, SearchLanguage.For(c.Key)))];
    }

    /// <summary>The risk rules signed and proposed, by scope (<see cref="RiskRuleStore"/>).</summary>
    public RiskRuleBook RiskRuleBook { get; }

    /// <summary>The settings as stored.</summary>
    public SearchSettings Settings { get; }

    /// <summary>The synonym sets.</summary>
    public SynonymTable Synonyms { get; }

    /// <summary>The site's risk rules in force: those a clinician signed and those a waiting proposal adds (<see cref="RiskRuleScope.InForce"/>).</summary>
    public RiskRuleMatcher RiskRules { get; }

    /// <summary>
    /// The risk rules of every language the site has rules in (the site's English ones first): a query is a risk when any of
    /// them matches, whatever culture the reader named, since a person in danger may type in any language they know.
    /// </summary>
    public IReadOnlyList<RiskRuleMatcher> EveryLanguageRiskRules { get; }

    /// <summary>
    /// The synonyms for a reader of <paramref name="cultures"/> (a fallback chain; null or empty: no culture named): the site's,
    /// and those of every culture key covering a culture of the chain.
    /// </summary>
    public SynonymTable SynonymsFor(IReadOnlyList<string>? cultures)
    {
        var keys = Settings.Cultures.Keys.Where(key => (cultures ?? []).Any(c => Core.Localization.CultureNames.Covers(key, c))).Order(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return Synonyms;
        }

        var id = string.Join('|', keys);
        lock (_byChain)
        {
            return _byChain.TryGetValue(id, out var table) ? table
                : _byChain[id] = SynonymTable.From([.. Settings.Synonyms, .. keys.SelectMany(k => Settings.Cultures[k].Synonyms)]);
        }
    }

    /// <summary>The crisis resources' item ids search may pin (empty: any that routing lists).</summary>
    public IReadOnlyList<string> CrisisResources => Settings.CrisisResources;

    /// <summary>The vocabulary as the session's database has it; the defaults (none of anything) when no recipe set it.</summary>
    public static async Task<SearchVocabulary> LoadAsync(IStoreSession session, CancellationToken cancellationToken)
    {
        var settings = await session.Site.GetSettingsAsync(cancellationToken);
        var json = settings.GetValueOrDefault(SearchSettings.SettingKey) + "\n" + settings.GetValueOrDefault(RiskRuleBook.SettingKey);
        var cached = s_cache;
        if (json == cached.Json)
        {
            return cached.Vocabulary;
        }

        var stored = settings.GetValueOrDefault(SearchSettings.SettingKey);
        var vocabulary = new SearchVocabulary(
            stored is null ? SearchSettings.Default : JsonSerializer.Deserialize<SearchSettings>(stored, CmsJson.Options) ?? SearchSettings.Default,
            RiskRuleStore.Read(settings));
        s_cache = new Cached(json, vocabulary);
        return vocabulary;
    }

    private sealed record Cached(string? Json, SearchVocabulary Vocabulary);
}
