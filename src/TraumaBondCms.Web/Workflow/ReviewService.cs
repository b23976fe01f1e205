using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// The reviewers' lists: the review queue (versions in review, oldest first), periodic re-review (published items
/// whose last clinical signature is older than their type's interval, or that never had one), and items flagged
/// for follow-up after an emergency unpublish. Overdue items stay live; they are listed, never silently removed.
/// </summary>
public sealed class ReviewService(ICmsStore store, ContentDefinitionCache definitions, TimeProvider clock)
{
    /// <summary>Latest versions waiting for review, oldest first.</summary>
    public async Task<ContentPage> QueueAsync(IReadOnlyList<string>? types, int first, string? after, CmsActor actor, CancellationToken cancellationToken = default)
    {
        RequireViewDrafts(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.Content.QueryAsync(
            new ContentQuery { ContentTypes = types, Status = ContentStatusFilter.Latest, WorkflowStatuses = ["InReview"], OldestFirst = true, First = first, After = after },
            cancellationToken);
    }

    /// <summary>Review dates of published items of reviewed types (all, or the given items); <paramref name="overdueOnly"/> keeps those due now.</summary>
    public async Task<IReadOnlyList<ReviewInfo>> ReviewDatesAsync(bool overdueOnly, IReadOnlyCollection<string>? contentItemIds = null, CancellationToken cancellationToken = default)
    {
        var intervals = definitions.Catalog.Types.Where(t => t.ReviewIntervalMonths is > 0).ToDictionary(t => t.Name, t => t.ReviewIntervalMonths!.Value);
        await using var session = await store.OpenReadAsync(cancellationToken);
        var states = await session.Workflow.GetReviewStatesAsync(intervals.Keys, contentItemIds, cancellationToken);
        var now = clock.GetUtcNow();
        var infos = states.Select(s =>
        {
            var due = s.LastReviewedUtc?.AddMonths(intervals[s.ContentType]);
            return new ReviewInfo(s.ContentItemId, s.ContentType, s.DisplayText, s.LastReviewedUtc, s.ReviewerDisplayName, s.Credential, due, due is null || due <= now);
        });
        return infos.Where(i => !overdueOnly || i.Overdue).OrderBy(i => i.NextReviewDueUtc ?? DateTimeOffset.MinValue).ThenBy(i => i.ContentItemId, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The clinical review of each published item among <paramref name="items"/> whose type follows a workflow, by item id
    /// (an item published unreviewed as a sample says so); items that are not published are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ContentReview>> ReviewsOfAsync(IReadOnlyCollection<ContentItem> items, CancellationToken cancellationToken = default)
    {
        var published = items.Where(i => i.Published && definitions.Catalog.Find(i.ContentType)?.Workflow is not null).ToList();
        if (published.Count == 0)
        {
            return new Dictionary<string, ContentReview>();
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        var hashes = published.ToDictionary(i => i.ContentItemId, i => i.ContentHash, StringComparer.Ordinal);
        var states = await session.Workflow.GetReviewStatesAsync(published.Select(i => i.ContentType).Distinct().ToList(), hashes.Keys, cancellationToken);
        return states.Where(s => hashes[s.ContentItemId] == s.ContentHash).ToDictionary(s => s.ContentItemId, ContentReview.From, StringComparer.Ordinal);
    }

    /// <summary>Of <paramref name="contentItemIds"/>, those published as unreviewed sample content.</summary>
    public async Task<IReadOnlySet<string>> SamplesAmongAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        var types = definitions.Catalog.Types.Where(t => t.Workflow is not null).Select(t => t.Name).ToList();
        if (contentItemIds.Count == 0 || types.Count == 0)
        {
            return new HashSet<string>();
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        return (await session.Workflow.GetReviewStatesAsync(types, contentItemIds, cancellationToken)).Where(s => s.Sample).Select(s => s.ContentItemId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The review date of one published item; null when it is not published or its type is not re-reviewed.</summary>
    public async Task<ReviewInfo?> ReviewDateAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        (await ReviewDatesAsync(false, [contentItemId], cancellationToken)).SingleOrDefault();

    /// <summary>Items flagged for follow-up review, oldest first.</summary>
    public async Task<IReadOnlyList<(string ContentItemId, string Reason, DateTimeOffset FlaggedUtc)>> FollowUpsAsync(CmsActor actor, CancellationToken cancellationToken = default)
    {
        RequireViewDrafts(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.Workflow.ListFollowUpsAsync(cancellationToken);
    }

    private static void RequireViewDrafts(CmsActor actor)
    {
        if (!actor.Has(Permissions.ViewDrafts))
        {
            throw new CmsForbiddenException(Permissions.ViewDrafts, "Reading the review lists");
        }
    }
}
