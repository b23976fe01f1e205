namespace TraumaBondCms.Web.Integrity;

/// <summary>
/// What one run of the integrity check found: how much it checked, the breaks (the first ones, and how many in all) and the
/// published versions readers are not served. It passes when nothing is broken and nothing is withheld.
/// </summary>
public sealed record IntegrityReport
{
    /// <summary>The most breaks listed; <see cref="BreakCount"/> counts them all.</summary>
    public const int MaxListed = 100;

    /// <summary>When the check started.</summary>
    public required DateTimeOffset StartedUtc { get; init; }

    /// <summary>When it finished.</summary>
    public required DateTimeOffset FinishedUtc { get; init; }

    /// <summary>Audit entries checked against the chain.</summary>
    public long EntriesChecked { get; init; }

    /// <summary>Of those, entries written before the log was chained (covered by the first stored hash, not by a hash of their own).</summary>
    public long EntriesBeforeChain { get; init; }

    /// <summary>Signed heads checked: those in the database.</summary>
    public int DatabaseHeadsChecked { get; init; }

    /// <summary>Signed heads checked: those in the file outside the database.</summary>
    public int FileHeadsChecked { get; init; }

    /// <summary>The heads file read.</summary>
    public string? HeadsFile { get; init; }

    /// <summary>Published versions whose hash was recomputed and whose approval was checked.</summary>
    public int PublishedChecked { get; init; }

    /// <summary>Approvals whose signature was checked (recipe samples carry none and are counted apart).</summary>
    public int ApprovalsChecked { get; init; }

    /// <summary>Recipe sample records (unsigned by design: they are not reviews).</summary>
    public int SampleRecords { get; init; }

    /// <summary>Resource verifications whose signature was checked.</summary>
    public int VerificationsChecked { get; init; }

    /// <summary>Resource verifications recorded before verifications were signed (they count for nothing).</summary>
    public int UnsignedVerifications { get; init; }

    /// <summary>The first <see cref="MaxListed"/> breaks, in the order found.</summary>
    public IReadOnlyList<IntegrityBreak> Breaks { get; init; } = [];

    /// <summary>How many breaks were found in all.</summary>
    public int BreakCount { get; init; }

    /// <summary>Published versions that fail their check: readers are not served them.</summary>
    public IReadOnlyList<WithheldVersion> Withheld { get; init; } = [];

    /// <summary>The first break; null when none.</summary>
    public IntegrityBreak? FirstBreak => Breaks.Count > 0 ? Breaks[0] : null;

    /// <summary>True when nothing is broken and nothing is withheld.</summary>
    public bool Passed => BreakCount == 0 && Withheld.Count == 0;

    /// <summary>The report in one line, for logs and <c>/healthz/ready</c>.</summary>
    public string Summary =>
        $"{(Passed ? "verified" : "BROKEN")} at {FinishedUtc:yyyy-MM-dd HH:mm:ss} UTC: {EntriesChecked} audit entries, {DatabaseHeadsChecked + FileHeadsChecked} signed heads, "
        + $"{PublishedChecked} published versions, {ApprovalsChecked} approvals, {VerificationsChecked} verifications checked; "
        + $"{BreakCount} breaks, {Withheld.Count} withheld" + (FirstBreak is { } first ? $"; first break: {first.Message}" : string.Empty);
}
