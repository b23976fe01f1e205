using Microsoft.Extensions.Options;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Hosting;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Webhooks;

/// <summary>
/// Announces overdue clinical reviews: every <see cref="WebhookOptions.ReviewCheckInterval"/> it asks
/// <see cref="ReviewService"/> for published items whose review is due and, for each item and published hash not
/// announced before, records a <see cref="ContentEvents.ReviewOverdue"/> event through the content event sinks (the
/// webhook outbox) together with a review notice, in one transaction. So each overdue review is announced once per
/// published hash, and again after the item is republished with other content. While no active webhook subscribes to
/// the event nothing is announced or recorded, so a webhook registered later still hears of reviews overdue by then.
/// </summary>
public sealed class ReviewOverdueMonitor(
    ICmsStore store,
    ReviewService reviews,
    IEnumerable<IContentEventSink> sinks,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<ReviewOverdueMonitor> logger) : PeriodicBackgroundService(logger)
{
    /// <summary>Announces the overdue reviews not announced yet; returns how many were announced.</summary>
    public async Task<int> AnnounceOverdueAsync(CancellationToken cancellationToken)
    {
        await using (var read = await store.OpenReadAsync(cancellationToken))
        {
            if (!(await read.Webhooks.ListAsync(cancellationToken)).Any(w => w.Active && w.Events.Contains(ContentEvents.ReviewOverdue, StringComparer.Ordinal)))
            {
                return 0;
            }
        }

        // The write session first, then the overdue list: writers are serialized, so nothing can be published or
        // approved between the list and the notices, and each notice names the hash that actually is overdue.
        await using var session = await store.BeginWriteAsync(cancellationToken);
        // Every overdue review, however many: a background job that compares each with the notices already sent.
        var overdue = await reviews.OverdueAsync(int.MaxValue, cancellationToken);
        var now = clock.GetUtcNow();
        var announced = 0;
        foreach (var review in overdue)
        {
            var published = await session.Content.GetAsync(review.ContentItemId, VersionSelector.Published, cancellationToken);
            if (published is null || !await session.Webhooks.TryAddReviewNoticeAsync(published.ContentItemId, published.ContentHash, now, cancellationToken))
            {
                continue;
            }

            var contentEvent = new ContentEvent(ContentEvents.ReviewOverdue, published.ContentItemId, published.ContentItemVersionId, published.ContentType, published.DisplayText, published.ContentHash, null, now);
            foreach (var sink in sinks)
            {
                await sink.RecordAsync(session, contentEvent, cancellationToken);
            }

            announced++;
        }

        await session.CommitAsync(cancellationToken);
        return announced;
    }

    /// <inheritdoc />
    protected override bool Enabled => options.Value.RunDispatcher;

    /// <inheritdoc />
    protected override TimeSpan Interval => options.Value.ReviewCheckInterval;

    /// <inheritdoc />
    protected override string JobName => "Announcing overdue reviews";

    /// <inheritdoc />
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => AnnounceOverdueAsync(cancellationToken);
}
