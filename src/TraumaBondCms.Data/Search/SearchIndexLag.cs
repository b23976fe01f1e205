namespace TraumaBondCms.Data.Search;

/// <summary>A measurement of <see cref="ISearchIndexLag"/>: <paramref name="Entries"/> change log entries not yet applied, the oldest waiting for <paramref name="OldestAge"/> (zero when none).</summary>
public sealed record SearchIndexLag(long Entries, TimeSpan OldestAge)
{
    /// <summary>Nothing waiting: the index shows every committed change.</summary>
    public static SearchIndexLag CaughtUp { get; } = new(0, TimeSpan.Zero);
}
