namespace TraumaBondCms.Data;

/// <summary>
/// One key of a list query's order: a single-valued field, ascending unless <see cref="Descending"/>. Absent values sort
/// last in either direction. Queries add the item id as the final key, in the direction of the last key, so the order is
/// total and paging is stable.
/// </summary>
public sealed record ContentOrder(ContentField Field, bool Descending = false);
