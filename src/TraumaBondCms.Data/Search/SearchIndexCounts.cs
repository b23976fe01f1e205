namespace TraumaBondCms.Data.Search;

/// <summary>The size of the indexes: documents in each, and latest or published versions of live items that have no search document.</summary>
public sealed record SearchIndexCounts(int Public, int Editorial, int Unindexed);
