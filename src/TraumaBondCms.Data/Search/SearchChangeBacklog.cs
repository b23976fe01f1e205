namespace TraumaBondCms.Data.Search;

/// <summary>
/// The change log entries after a sequence (those an index that applied up to it still has to apply): how many there are,
/// when the first of them was written (the oldest: writers commit in sequence order; null when there are none), and the log's last sequence. Read in one snapshot.
/// </summary>
public sealed record SearchChangeBacklog(long Entries, DateTimeOffset? OldestChangedUtc, long LastSequence);
