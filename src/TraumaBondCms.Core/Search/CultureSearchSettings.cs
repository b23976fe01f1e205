namespace TraumaBondCms.Core.Search;

/// <summary>
/// What search adds for readers of one culture or language (<see cref="SearchSettings.Cultures"/>): synonym sets and risk
/// rules written in that language (e.g. Spanish: <c>"(quiero|quisiera|voy a) morir|matar me"</c>). Immutable.
/// </summary>
public sealed record CultureSearchSettings
{
    /// <summary>Synonym sets in the language, each written as comma-separated entries.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Risk rules in the language (see <see cref="RiskRuleMatcher"/>).</summary>
    public IReadOnlyList<string> RiskRules { get; init; } = [];
}
