namespace TraumaBondCms.Data.Search;

/// <summary>
/// Where a hit stands in the ranking: its score (higher first) and the id of its stored search document (lower first
/// among equal scores, so the order is total, stable and the same on every node). A page continues after the position
/// of the previous page's last hit.
/// </summary>
public readonly record struct SearchPosition(double Score, long DocumentId);
