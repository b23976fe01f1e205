using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Web.Search.RiskRules;

/// <summary>One scope's risk rules as reviewers and administrators see them (<c>GET /api/risk-rules</c>, <c>/admin/risk-rules</c>).</summary>
/// <param name="Scope">The scope: <c>*</c> for the site's rules, else a culture name or language tag.</param>
/// <param name="Label">The scope in words, e.g. "Every reader (site rules, English)".</param>
/// <param name="InForce">The rules search runs now: signed, plus what a waiting proposal adds.</param>
/// <param name="Approved">The signed rule set; null before a first signature.</param>
/// <param name="ApprovedVerified">True when the signed set's signature verifies with this server's key; null when nothing is signed.</param>
/// <param name="Statement">The exact statement the server signed (UTF-8 JSON), to verify with the published keys; null when nothing is signed.</param>
/// <param name="Proposed">The change waiting for a reviewer's signature; null when none.</param>
/// <param name="Diff">What the waiting change does to the rules in force when it was proposed; null when none waits.</param>
/// <param name="AwaitingFirstSignature">True when no clinician ever signed this scope's rules (first install or upgrade): they are in force, unsigned.</param>
public sealed record RiskRuleSetView(
    string Scope,
    string Label,
    IReadOnlyList<string> InForce,
    RiskRuleApproval? Approved,
    bool? ApprovedVerified,
    string? Statement,
    RiskRuleProposal? Proposed,
    RiskRuleDiff? Diff,
    bool AwaitingFirstSignature);
