namespace TraumaBondCms.Core.Safety;

/// <summary>
/// One stored run of the safety checks on a version: at a transition that runs checks (<c>submit</c>, <c>approve</c>),
/// so the review screen shows what the reviewer saw. Append-only.
/// </summary>
public sealed record SafetyCheckRun
{
    /// <summary>The run's id.</summary>
    public required string RunId { get; init; }

    /// <summary>The item.</summary>
    public required string ContentItemId { get; init; }

    /// <summary>The version checked.</summary>
    public required string ContentItemVersionId { get; init; }

    /// <summary>That version's content hash.</summary>
    public required string ContentHash { get; init; }

    /// <summary>What ran the checks: the transition's name (e.g. <c>submit</c>).</summary>
    public required string Trigger { get; init; }

    /// <summary>When they ran.</summary>
    public required DateTimeOffset RanUtc { get; init; }

    /// <summary>What they found.</summary>
    public required SafetyReport Report { get; init; }
}
