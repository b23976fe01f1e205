using TraumaBondCms.Core.Content;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>
/// For resolvers added by schema contributors: how to return content items so they resolve to the generated object
/// types (fields of type <c>ContentItem</c>, <c>Article</c>, <c>[Resource!]!</c>, ...). Thread-safe.
/// </summary>
public static class ContentResolution
{
    /// <summary>The value for a published version the caller already holds (e.g. a search hit read from its own index).</summary>
    public static object Published(ContentItem item) => new ContentNode(item);

    /// <summary>Loads the published version of an item, batched with every other load of the same wave; null when it is not published.</summary>
    public static async Task<object?> LoadPublishedAsync(IResolveFieldContext context, string contentItemId) =>
        await context.ItemAsync(contentItemId, latest: false) is { } item ? new ContentNode(item) : null;

    /// <summary>The request's context (actor, preview access, the request's read session).</summary>
    public static ContentRequestContext RequestContext(IResolveFieldContext context) => context.Request();
}
