namespace TraumaBondCms.Core.Search;

/// <summary>
/// Search configuration set by the <c>Search</c> recipe step and stored as the <see cref="SettingKey"/> setting:
/// synonym sets, risk phrases, and the crisis resources shown first when a query contains a risk phrase. Immutable.
/// </summary>
public sealed record SearchSettings
{
    /// <summary>The setting that holds these settings as JSON.</summary>
    public const string SettingKey = "Search";

    /// <summary>No synonyms, no risk phrases, no crisis resources.</summary>
    public static SearchSettings Default { get; } = new();

    /// <summary>Synonym sets, each written as comma-separated entries (<c>"no contact, NC"</c>).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Phrases that flag a query as a possible crisis (<c>"he hits me"</c>, <c>"suicid*"</c>).</summary>
    public IReadOnlyList<string> RiskPhrases { get; init; } = [];

    /// <summary>Content item ids of the Resources shown first, in this order, when a query is flagged (published ones only).</summary>
    public IReadOnlyList<string> CrisisResources { get; init; } = [];
}
