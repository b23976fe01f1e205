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

    /// <summary>The most items <see cref="OverdueAsync"/> returns in one list.</summary>
    public const int MaxOverdue = 500;

    /// <summary>
    /// Published items of reviewed types whose review is due now, at most <paramref name="limit"/> (1 to
    /// <see cref="MaxOverdue"/>, or more for background jobs): never reviewed first, then soonest due. Reads a review-date
    /// index, so the cost follows <paramref name="limit"/>, not the size of the library.
    /// </summary>
    public async Task<IReadOnlyList<ReviewInfo>> OverdueAsync(int limit, CancellationToken cancellationToken = default)
    {
        var intervals = Intervals();
        await using var session = await store.OpenReadAsync(cancellationToken);
        var states = await session.Workflow.ListReviewsDueAsync(intervals, clock.GetUtcNow(), Math.Max(1, limit), cancellationToken);
        return states.Select(s => Info(s, intervals)).ToList();
    }

    /// <summary>
    /// The re-review list, at most <paramref name="limit"/> (1 to <see cref="MaxOverdue"/>): translations whose source changed
    /// (oldest flag first; they stay live until re-reviewed), then the items whose periodic review is due
    /// (<see cref="OverdueAsync"/>), each item once, each saying why it is listed.
    /// </summary>
    public async Task<IReadOnlyList<ReviewInfo>> ReReviewListAsync(int limit, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<(string ContentItemId, DateTimeOffset ChangedUtc)> flagged;
        Dictionary<string, ContentItem> items;
        IReadOnlyList<ContentItem> published;
        await using (var session = await store.OpenReadAsync(cancellationToken))
        {
            flagged = await session.Workflow.ListSourceChangedAsync(limit, cancellationToken);
            items = (await session.Content.GetManyAsync(flagged.Select(f => f.ContentItemId).ToList(), VersionSelector.Latest, cancellationToken)).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
            published = await session.Content.GetManyAsync(items.Keys, VersionSelector.Published, cancellationToken);
        }

        var reviewed = await ReviewsOfAsync(published, cancellationToken);
        var list = flagged.Where(f => items.ContainsKey(f.ContentItemId)).Select(f =>
        {
            var item = items[f.ContentItemId];
            var review = reviewed.GetValueOrDefault(f.ContentItemId);
            return new ReviewInfo(f.ContentItemId, item.ContentType, item.DisplayText, review?.ReviewedUtc, review?.Reviewer, review?.Credential, f.ChangedUtc, true)
            {
                Reason = ReviewInfo.SourceChangedReason,
                Culture = item.Culture,
                SourceChangedUtc = f.ChangedUtc,
            };
        }).ToList();

        var listed = list.Select(i => i.ContentItemId).ToHashSet(StringComparer.Ordinal);
        list.AddRange((await OverdueAsync(limit, cancellationToken)).Where(i => !listed.Contains(i.ContentItemId)));
        return list.Take(limit).ToList();
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
    public async Task<ReviewInfo?> ReviewDateAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var intervals = Intervals();
        await using var session = await store.OpenReadAsync(cancellationToken);
        var states = await session.Workflow.GetReviewStatesAsync(intervals.Keys, [contentItemId], cancellationToken);
        return states.Select(s => Info(s, intervals)).SingleOrDefault();
    }

    /// <summary>The most items <see cref="FollowUpsAsync"/> returns.</summary>
    public const int MaxFollowUps = 500;

    /// <summary>Items flagged for follow-up review, oldest first, at most <see cref="MaxFollowUps"/>.</summary>
    public async Task<IReadOnlyList<(string ContentItemId, string Reason, DateTimeOffset FlaggedUtc)>> FollowUpsAsync(CmsActor actor, CancellationToken cancellationToken = default)
    {
        RequireViewDrafts(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.Workflow.ListFollowUpsAsync(MaxFollowUps, cancellationToken);
    }

    private Dictionary<string, int> Intervals() =>
        definitions.Catalog.Types.Where(t => t.ReviewIntervalMonths is > 0).ToDictionary(t => t.Name, t => t.ReviewIntervalMonths!.Value, StringComparer.Ordinal);

    private ReviewInfo Info(ReviewState state, Dictionary<string, int> intervals)
    {
        var due = state.LastReviewedUtc?.AddMonths(intervals[state.ContentType]);
        return new ReviewInfo(state.ContentItemId, state.ContentType, state.DisplayText, state.LastReviewedUtc, state.ReviewerDisplayName, state.Credential, due, due is null || due <= clock.GetUtcNow()) { Culture = state.Culture };
    }

    private static void RequireViewDrafts(CmsActor actor)
    {
        if (!actor.Has(Permissions.ViewDrafts))
        {
            throw new CmsForbiddenException(Permissions.ViewDrafts, "Reading the review lists");
        }
    }
}
