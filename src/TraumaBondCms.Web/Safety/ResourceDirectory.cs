using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Safety;

/// <summary>
/// Loads the published resources with their verification status, inside the caller's session: what the safety checks,
/// crisis routing and the verification lists work from. Thread-safe.
/// </summary>
public static class ResourceDirectory
{
    private const int PageSize = 500;

    /// <summary>Every published item of the resource type, as of <paramref name="now"/>; empty when no resource type is configured.</summary>
    public static async Task<IReadOnlyList<ResourceSnapshot>> LoadAsync(IStoreSession session, SafetySettings? settings, ContentDefinitionCatalog catalog, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (settings?.Resources is not { } resources || catalog.Find(resources.ContentType) is not { } type)
        {
            return [];
        }

        var items = new List<ContentItem>();
        string? after = null;
        do
        {
            var page = await session.Content.QueryAsync(new ContentQuery { ContentTypes = [type.Name], Status = ContentStatusFilter.Published, First = PageSize, After = after, CountTotal = false }, cancellationToken);
            items.AddRange(page.Items);
            after = page.NextCursor;
        }
        while (after is not null);

        var verifications = await session.Safety.GetVerificationsAsync(items.Select(i => i.ContentItemId).ToList(), cancellationToken);
        var byItem = verifications.ToLookup(v => v.ContentItemId, StringComparer.Ordinal);
        return items.Select(i => ResourceSnapshot.From(i, type, resources, byItem[i.ContentItemId], now))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }
}
