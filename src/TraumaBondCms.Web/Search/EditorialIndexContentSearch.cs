using TraumaBondCms.Data;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Web.Admin;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// The admin content lists' search: full-text search of the editorial index (latest versions, drafts included), or of the
/// public index when the list shows published versions; results in relevance order, within the list's type and
/// status. Without search text the list is the plain content list. Thread-safe.
/// </summary>
public sealed class EditorialIndexContentSearch(ContentService content, SearchService search, ICmsStore store) : IAdminContentSearch
{
    /// <inheritdoc />
    public string Description => "full-text search, best matches first";

    /// <inheritdoc />
    public async Task<ContentPage> SearchAsync(ContentQuery query, string? text, CmsActor actor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return await content.ListAsync(query, actor, cancellationToken);
        }

        var published = query.Status == ContentStatusFilter.Published;
        SearchCursor? after = null;
        try
        {
            after = query.After is null ? null : SearchCursor.Decode(query.After);
        }
        catch (SearchParameterException)
        {
            // A list cursor from before the search started: start the search from its first page.
        }

        var response = await search.SearchAsync(
            new SearchInput
            {
                Query = text,
                ContentTypes = query.ContentTypes ?? [],
                First = Math.Clamp(query.First, 1, SearchInput.MaxFirst),
                After = after,
                Scope = published ? SearchScope.Public : SearchScope.Editorial,
            },
            actor,
            cancellationToken);

        // Crisis resources pinned for readers are not what an editor searching the library asked for.
        var ids = response.Hits.Where(h => h.Pinned is null).Select(h => h.ContentItemId).ToList();
        await using var session = await store.OpenReadAsync(cancellationToken);
        var versions = (await session.Content.GetManyAsync(ids, published ? VersionSelector.Published : VersionSelector.Latest, cancellationToken))
            .ToDictionary(v => v.ContentItemId, StringComparer.Ordinal);
        var items = ids.Where(versions.ContainsKey).Select(id => versions[id])
            .Where(v => query.Status != ContentStatusFilter.Draft || !v.Published)
            .Where(v => query.WorkflowStatuses is not { Count: > 0 } statuses || statuses.Contains(v.Status, StringComparer.Ordinal))
            .ToList();
        return new ContentPage(items, response.Total ?? items.Count, response.NextCursor);
    }
}
