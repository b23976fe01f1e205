namespace TraumaBondCms.Data.Search;

/// <summary>
/// Changes read from the log after a sequence, in order, and the highest sequence pruned from the log so far: an index
/// that applied less than <see cref="PrunedThrough"/> has missed entries and must be rebuilt.
/// </summary>
public sealed record SearchChangeBatch(IReadOnlyList<SearchChange> Changes, long PrunedThrough, long LastSequence);
