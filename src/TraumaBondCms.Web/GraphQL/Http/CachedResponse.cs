using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.Web.GraphQL.Http;

/// <summary>A shareable response kept in the published snapshot: its bytes and media type, its entity tag, and the schema and content generation it was computed from.</summary>
public sealed record CachedResponse(byte[] Body, string ContentType, string ETag, Schema Schema, long Generation);
