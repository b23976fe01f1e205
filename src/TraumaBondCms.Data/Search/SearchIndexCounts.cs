namespace TraumaBondCms.Data.Search;

/// <summary>
/// The size of the indexes as the database defines them: documents in each scope, latest or published versions of live
/// items that have no search document, and the documents an index holds (a version both published and latest is one).
/// </summary>
public sealed record SearchIndexCounts(int Public, int Editorial, int Unindexed, int Documents);
