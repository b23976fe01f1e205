using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Search.RiskRules;

/// <summary>
/// Turns a change of risk rules (a <c>Search</c> recipe step) into a proposal that waits for a clinician's signature. Fail-safe:
/// while it waits, search runs the rules in force before it together with the rules it proposes, so what it adds flags queries
/// at once (a false alarm only puts crisis lines first) and what it removes or rewords keeps flagging until a reviewer signs.
/// On first install nothing was in force, so the shipped rules flag at once and wait for a first signature.
/// </summary>
public static class RiskRuleProposals
{
    /// <summary>
    /// Proposes <paramref name="rules"/> for <paramref name="scope"/> in <paramref name="book"/>, by <paramref name="proposer"/>
    /// from <paramref name="source"/>; returns the book (unchanged when the rules are those signed with nothing waiting, or
    /// those already waiting) and what the proposal changes (null when nothing).
    /// </summary>
    public static (RiskRuleBook Book, RiskRuleDiff? Diff, RiskRuleProposal? Proposal) Propose(
        RiskRuleBook book, string scope, IReadOnlyList<string> rules, string proposer, string source, DateTimeOffset now)
    {
        rules = [.. rules.Select(r => r.Trim()).Distinct(StringComparer.Ordinal)];
        var current = book.Get(scope);
        var same = current.Proposed is { } waiting
            ? waiting.Rules.SequenceEqual(rules, StringComparer.Ordinal)
            : current.Approved is { } approved && approved.Rules.SequenceEqual(rules, StringComparer.Ordinal);
        if (same || (current.Approved is null && current.Proposed is null && rules.Count == 0))
        {
            return (book, null, null);
        }

        // What is in force now stays in force until a reviewer signs: a proposal replacing another one carries its rules too.
        var proposal = new RiskRuleProposal
        {
            ProposalId = ContentIds.New(),
            Rules = rules,
            Baseline = current.InForce,
            ProposedBy = proposer,
            ProposedUtc = now,
            Source = source,
        };
        return (book.With(scope, current with { Proposed = proposal }), RiskRuleDiff.Between(proposal.Baseline, rules), proposal);
    }

    /// <summary>The audit entry (<see cref="AuditActions.RiskRulesProposed"/>) of <paramref name="proposal"/> for <paramref name="scope"/>.</summary>
    public static Task RecordAsync(IStoreSession session, string scope, RiskRuleProposal proposal, RiskRuleDiff diff, CancellationToken cancellationToken) =>
        session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = proposal.ProposedUtc,
                Actor = proposal.ProposedBy,
                Action = AuditActions.RiskRulesProposed,
                Reason = proposal.Source,
                Details = JsonSerializer.Serialize(new
                {
                    scope,
                    proposal.ProposalId,
                    added = diff.Added,
                    removed = diff.Removed,
                    changed = diff.Changed.Select(c => new { from = c.From, to = c.To }),
                    waitsForSignature = !diff.OnlyAdds || proposal.Baseline.Count == 0,
                }),
            },
            cancellationToken);
}
