namespace TraumaBondCms.Core.Search;

/// <summary>
/// A change of one scope's risk rules that waits for a clinician's signature (<see cref="RiskRuleScope"/>). While it waits,
/// search runs its <see cref="Rules"/> together with the <see cref="Baseline"/> (what was in force when it was proposed), so
/// the rules it adds flag queries at once and the rules it removes or rewords keep flagging until a reviewer signs. Immutable.
/// </summary>
public sealed record RiskRuleProposal
{
    /// <summary>Names this proposal; a signature names the proposal the reviewer read, so a newer one is never signed unseen.</summary>
    public required string ProposalId { get; init; }

    /// <summary>The rules as proposed: what is in force once a reviewer signs.</summary>
    public required IReadOnlyList<string> Rules { get; init; }

    /// <summary>The rules in force when this was proposed (empty on first install): they stay in force until a reviewer signs.</summary>
    public required IReadOnlyList<string> Baseline { get; init; }

    /// <summary>Who proposed it: a user name, <c>cli:NAME</c> for the operator, or <c>system</c> (setup).</summary>
    public required string ProposedBy { get; init; }

    /// <summary>When it was proposed.</summary>
    public required DateTimeOffset ProposedUtc { get; init; }

    /// <summary>Where it came from, e.g. <c>recipe trauma-bonding-library</c>.</summary>
    public required string Source { get; init; }
}
