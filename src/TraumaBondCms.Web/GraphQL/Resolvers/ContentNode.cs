using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>
/// The value behind a content object in the GraphQL schema: one version of an item, and whether the items it links to
/// are read in preview (their latest versions) or as published. Immutable.
/// </summary>
/// <param name="Item">The version shown.</param>
/// <param name="Preview">True when relations read latest versions (a draft preview by someone who may see all drafts).</param>
public sealed record ContentNode(ContentItem Item, bool Preview = false);
