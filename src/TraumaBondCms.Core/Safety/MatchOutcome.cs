namespace TraumaBondCms.Core.Safety;

/// <summary>What a helpline-looking number or link was found to be.</summary>
public enum MatchOutcome
{
    /// <summary>Exactly a channel of a published resource as last verified (whose <see cref="ResourceSnapshot.Status"/> may still be overdue).</summary>
    Matched,

    /// <summary>Exactly a channel of a published resource whose current value was never verified (new, or changed since).</summary>
    Unverified,

    /// <summary>One or two edits away from a resource's verified channel, and not exactly any: most likely a typo.</summary>
    NearMiss,

    /// <summary>No resource has it.</summary>
    Unknown,

    /// <summary>A configured emergency number (911, 999, 112 ...), which needs no resource.</summary>
    Emergency,

    /// <summary>One of the checked resource's own channels.</summary>
    Own,
}
