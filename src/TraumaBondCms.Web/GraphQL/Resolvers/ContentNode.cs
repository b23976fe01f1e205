using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>
/// The value behind a content object in the GraphQL schema: one version of an item, whether the items it links to are
/// read in preview (their latest versions) or as published, and the reader's cultures, in which linked items are served.
/// Immutable.
/// </summary>
/// <param name="Item">The version shown.</param>
/// <param name="Preview">True when relations read latest versions (a draft preview by someone who may see all drafts).</param>
/// <param name="Cultures">
/// The reader's fallback chain (from the query's <c>culture</c> argument), most preferred first: a linked item is served in
/// the first of these its set has. Null when the reader named none: linked items follow the item's own culture.
/// </param>
public sealed record ContentNode(ContentItem Item, bool Preview = false, IReadOnlyList<string>? Cultures = null);
