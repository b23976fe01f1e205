using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// The outcome of running a type's safety rules on one version: the findings (what blocks or needs an override), and
/// what the reviewer should see besides — the readability scores and every helpline-looking number and link with what
/// it matched. Stored with the version; immutable.
/// </summary>
/// <param name="Findings">Findings in rule order.</param>
/// <param name="Readability">The readability of the type's target fields; null when not scored.</param>
/// <param name="Matches">Helpline-looking numbers and links and what they matched.</param>
/// <param name="RiskTopics">Names of the risk topics the item is tagged with or mentions.</param>
public sealed record SafetyReport(
    IReadOnlyList<CheckFinding> Findings,
    ReadabilityScore? Readability,
    IReadOnlyList<ChannelMatchSummary> Matches,
    IReadOnlyList<string> RiskTopics)
{
    /// <summary>The number of error findings.</summary>
    public int Errors => Findings.Count(f => f.Severity == CheckSeverity.Error);

    /// <summary>The number of warning findings.</summary>
    public int Warnings => Findings.Count(f => f.Severity == CheckSeverity.Warning);
}
