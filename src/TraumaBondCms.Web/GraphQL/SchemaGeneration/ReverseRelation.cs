using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>A field on a target type listing the items of <see cref="Source"/> whose indexed reference <see cref="Field"/> points at it.</summary>
internal sealed record ReverseRelation(string Name, ContentTypeShape Source, ContentFieldDefinition Field);
