namespace TraumaBondCms.Core.Safety;

/// <summary>
/// Safety rules for items written in one culture or language (<see cref="SafetySettings.Cultures"/>): risk topics with
/// keywords in that language, and per content type rules that replace the site's (e.g. no English readability formula on
/// Spanish text). What is left out is the site's. Immutable.
/// </summary>
public sealed record CultureSafetyRules
{
    /// <summary>The risk topics of the language (keywords written in it); empty keeps the site's.</summary>
    public IReadOnlyList<RiskTopic> RiskTopics { get; init; } = [];

    /// <summary>Rules per content type replacing the site's for the types named.</summary>
    public IReadOnlyList<ContentTypeSafetyRules> Types { get; init; } = [];
}
