namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>A connection's <c>PageInfo</c> (Relay): whether more items lie beyond either end, and the end cursors (null for an empty page).</summary>
public sealed record PageInfoValue(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
