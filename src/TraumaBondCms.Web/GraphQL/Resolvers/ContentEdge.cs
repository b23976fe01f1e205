namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>An edge of a content connection (Relay): a node and its cursor.</summary>
public sealed record ContentEdge(string Cursor, ContentNode Node);
