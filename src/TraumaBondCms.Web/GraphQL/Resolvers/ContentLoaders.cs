using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>
/// The batching loaders behind relations, so a list of N items costs one query per relation, not N: items by id,
/// taxonomy items by slug, reverse relations by target, and clinical reviews by item. Each reads through the request's
/// session; loader names carry the snapshot epoch, so nothing loaded before a mutation is reused after it.
/// </summary>
public static class ContentLoaders
{
    /// <summary>The request's context; throws when the resolver does not run under the content endpoint.</summary>
    public static ContentRequestContext Request(this IResolveFieldContext context) =>
        context.GetRequestContext<ContentRequestContext>() ?? throw new InvalidOperationException("Content resolvers run only under the content GraphQL endpoint.");

    /// <summary>The published (or, when <paramref name="latest"/>, latest) version of a live item; null when there is none.</summary>
    public static Task<ContentItem?> ItemAsync(this IResolveFieldContext context, string contentItemId, bool latest)
    {
        var request = context.Request();
        var selector = latest ? VersionSelector.Latest : VersionSelector.Published;
        return context.Loader<string, ContentItem>(
            $"items:{selector}:{request.SnapshotEpoch}",
            (ids, ct) => request.ReadAsync<IReadOnlyDictionary<string, ContentItem>>(
                async s => (await s.Content.GetManyAsync(ids.ToList(), selector, ct)).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal), ct))
            .LoadAsync(contentItemId);
    }

    /// <summary>
    /// The item of <paramref name="taxonomy"/> whose (published or latest) version has <paramref name="slug"/> in the first culture
    /// of <paramref name="cultures"/> that has one; null when none.
    /// </summary>
    public static Task<ContentItem?> TaggedAsync(this IResolveFieldContext context, string taxonomy, string slug, bool latest, IReadOnlyList<string> cultures)
    {
        var request = context.Request();
        return context.Loader<string, ContentItem>(
            $"tags:{taxonomy}:{latest}:{string.Join(',', cultures)}:{request.SnapshotEpoch}",
            async (slugs, ct) =>
            {
                var items = await AllAsync(request, new ContentQuery { ContentTypes = [taxonomy], Status = Status(latest), Where = new FieldFilter(ContentField.Slug, FilterOperator.In, [.. slugs]), Cultures = cultures }, ct);
                return items.Where(i => i.Slug is not null).GroupBy(i => i.Slug!, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.OrderBy(i => Rank(cultures, i.Culture)).First(), StringComparer.Ordinal);
            })
            .LoadAsync(slug);
    }

    /// <summary>The published (or, when <paramref name="latest"/>, latest) versions of the live members of a localization set, in culture order.</summary>
    public static async Task<IReadOnlyList<ContentItem>> SetMembersAsync(this IResolveFieldContext context, string localizationSet, bool latest)
    {
        var request = context.Request();
        var selector = latest ? VersionSelector.Latest : VersionSelector.Published;
        var members = await context.Loader<string, IReadOnlyList<ContentItem>>(
            $"sets:{selector}:{request.SnapshotEpoch}",
            (sets, ct) => request.ReadAsync<IReadOnlyDictionary<string, IReadOnlyList<ContentItem>>>(
                async s => (await s.Content.GetLocalizationSetsAsync(sets.ToList(), selector, ct))
                    .GroupBy(i => i.LocalizationSet, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<ContentItem>)g.ToList(), StringComparer.Ordinal),
                ct))
            .LoadAsync(localizationSet);
        return members ?? [];
    }

    /// <summary>
    /// The member of <paramref name="item"/>'s set a reader of <paramref name="cultures"/> is served: the one in the first of
    /// them the set has (published, or latest when <paramref name="latest"/>), else <paramref name="item"/> itself.
    /// </summary>
    public static async Task<ContentItem> InCultureAsync(this IResolveFieldContext context, ContentItem item, IReadOnlyList<string> cultures, bool latest) =>
        cultures.Count > 0 && cultures[0] == item.Culture ? item
            : Localization.TranslationService.Best(await context.SetMembersAsync(item.LocalizationSet, latest), cultures) ?? item;

    /// <summary>The reader's cultures for what <paramref name="node"/> links to: the chain it was read in, else its own culture's chain.</summary>
    public static IReadOnlyList<string> CulturesOf(this IResolveFieldContext context, ContentNode node) =>
        node.Cultures ?? context.Request().Localization.Chain(node.Item.Culture);

    /// <summary>Where <paramref name="culture"/> stands in <paramref name="cultures"/>: its index, or past the end when absent.</summary>
    public static int Rank(IReadOnlyList<string> cultures, string culture)
    {
        for (var i = 0; i < cultures.Count; i++)
        {
            if (cultures[i] == culture)
            {
                return i;
            }
        }

        return cultures.Count;
    }

    /// <summary>
    /// The items of <paramref name="sourceType"/> whose indexed reference field <paramref name="field"/> names
    /// <paramref name="key"/> (an item id for ContentPicker fields, a slug for Tags fields), in id order.
    /// </summary>
    public static async Task<IReadOnlyList<ContentItem>> ReferencingAsync(this IResolveFieldContext context, string sourceType, string field, string key, bool latest)
    {
        var request = context.Request();
        var found = await context.Loader<string, IReadOnlyList<ContentItem>>(
            $"reverse:{sourceType}.{field}:{latest}:{request.SnapshotEpoch}",
            async (keys, ct) =>
            {
                var items = await AllAsync(request, new ContentQuery { ContentTypes = [sourceType], Status = Status(latest), Where = new FieldFilter(ContentField.Indexed(field, ContentValueKind.Text), FilterOperator.In, [.. keys]) }, ct);
                var wanted = keys.ToHashSet(StringComparer.Ordinal);
                return items
                    .SelectMany(item => item.Fields.GetStrings(field).Where(wanted.Contains).Distinct(StringComparer.Ordinal).Select(k => (Key: k, Item: item)))
                    .GroupBy(p => p.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<ContentItem>)g.Select(p => p.Item).ToList(), StringComparer.Ordinal);
            })
            .LoadAsync(key);
        return found ?? [];
    }

    /// <summary>The clinical review state of a published item of one of <paramref name="reviewedTypes"/>; null when it has none.</summary>
    public static Task<ReviewState?> ReviewAsync(this IResolveFieldContext context, string contentItemId, IReadOnlyCollection<string> reviewedTypes)
    {
        var request = context.Request();
        return context.Loader<string, ReviewState>(
            $"reviews:{request.SnapshotEpoch}",
            (ids, ct) => request.ReadAsync<IReadOnlyDictionary<string, ReviewState>>(
                async s => (await s.Workflow.GetReviewStatesAsync(reviewedTypes, ids.ToList(), ct)).ToDictionary(r => r.ContentItemId, StringComparer.Ordinal), ct))
            .LoadAsync(contentItemId);
    }

    /// <summary>The approval <paramref name="approvalId"/> of <paramref name="contentItemId"/> (approvals of the request's items read in one query); null when there is none.</summary>
    public static async Task<Approval?> ApprovalAsync(this IResolveFieldContext context, string contentItemId, string approvalId)
    {
        var request = context.Request();
        var approvals = await context.Loader<string, IReadOnlyList<Approval>>(
            $"approvals:{request.SnapshotEpoch}",
            (ids, ct) => request.ReadAsync<IReadOnlyDictionary<string, IReadOnlyList<Approval>>>(
                async s => (await s.Workflow.GetApprovalsOfItemsAsync(ids.ToList(), ct)).GroupBy(a => a.ContentItemId, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<Approval>)g.ToList(), StringComparer.Ordinal), ct))
            .LoadAsync(contentItemId);
        return approvals?.FirstOrDefault(a => a.ApprovalId == approvalId);
    }

    /// <summary>Every item a keyset query matches, reading page after page in id order.</summary>
    public static async Task<IReadOnlyList<ContentItem>> AllAsync(ContentRequestContext request, ContentQuery query, CancellationToken cancellationToken)
    {
        var items = new List<ContentItem>();
        query = query with { OrderBy = [new ContentOrder(ContentField.Id)], First = 500, CountTotal = false };
        while (true)
        {
            var page = await request.ReadAsync(s => s.Content.QueryAsync(query, cancellationToken), cancellationToken);
            items.AddRange(page.Items);
            if (!page.HasNextPage)
            {
                return items;
            }

            query = query with { After = page.NextCursor };
        }
    }

    private static ContentStatusFilter Status(bool latest) => latest ? ContentStatusFilter.Latest : ContentStatusFilter.Published;
}
