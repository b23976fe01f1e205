namespace TraumaBondCms.Data.Search;

/// <summary>How far a rebuild of a node's index has got: documents added so far out of the total to add.</summary>
public readonly record struct SearchRebuildProgress(long Done, long Total);
