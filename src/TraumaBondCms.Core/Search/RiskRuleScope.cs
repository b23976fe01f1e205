using System.Text.Json.Serialization;

namespace TraumaBondCms.Core.Search;

/// <summary>
/// One scope's risk rules: the set a clinician signed (null before the first signature) and the change waiting for a
/// signature (null when none). Immutable.
/// </summary>
public sealed record RiskRuleScope
{
    /// <summary>The signed rule set; null until a reviewer first signs.</summary>
    public RiskRuleApproval? Approved { get; init; }

    /// <summary>The change waiting for a reviewer; null when none waits.</summary>
    public RiskRuleProposal? Proposed { get; init; }

    /// <summary>
    /// The rules search runs: the signed ones, the ones in force when the waiting change was proposed, and the ones it
    /// proposes, each once, in that order. Fail-safe: a change can only add to what flags a query until a reviewer signs it.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string> InForce =>
        [.. (Approved?.Rules ?? []).Concat(Proposed?.Baseline ?? []).Concat(Proposed?.Rules ?? []).Distinct(StringComparer.Ordinal)];
}
