namespace TraumaBondCms.Data.Search;

/// <summary>
/// Where a hit stands in the ranking: its score (higher first) and the id of its search document (lower first among
/// equal scores, so the order is total and stable). A page continues after the position of the previous page's last hit.
/// </summary>
public readonly record struct SearchPosition(double Score, long DocumentId);
