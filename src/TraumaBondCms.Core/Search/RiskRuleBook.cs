namespace TraumaBondCms.Core.Search;

/// <summary>
/// Every scope's risk rules, stored as the <see cref="SettingKey"/> setting: the site's rules (<see cref="SiteScope"/>,
/// written in English, run on every query) and each culture's (<see cref="SearchSettings.Cultures"/> keys). Immutable.
/// </summary>
public sealed record RiskRuleBook
{
    /// <summary>The setting that holds the book as JSON.</summary>
    public const string SettingKey = "SearchRiskRules";

    /// <summary>The scope of the site's own rules (the <c>riskRules</c> of the <c>Search</c> step).</summary>
    public const string SiteScope = "*";

    /// <summary>No rules anywhere.</summary>
    public static RiskRuleBook Empty { get; } = new();

    /// <summary>The scopes by key.</summary>
    public IReadOnlyDictionary<string, RiskRuleScope> Scopes { get; init; } = new Dictionary<string, RiskRuleScope>();

    /// <summary>The scope <paramref name="key"/>; an empty one when the book has none.</summary>
    public RiskRuleScope Get(string key) => Scopes.GetValueOrDefault(key) ?? new RiskRuleScope();

    /// <summary>This book with scope <paramref name="key"/> replaced by <paramref name="scope"/>.</summary>
    public RiskRuleBook With(string key, RiskRuleScope scope) =>
        this with { Scopes = new Dictionary<string, RiskRuleScope>(Scopes, StringComparer.Ordinal) { [key] = scope } };
}
