namespace TraumaBondCms.Data;

/// <summary>
/// Webhook registrations, their delivery outbox, and the record of announced overdue reviews. Deliveries are queued
/// in the transaction of the change that caused the event; dispatchers claim due ones under a lease, send them
/// outside any transaction, and record each attempt. Claims and attempt records are conditional updates, so two
/// dispatchers (threads, processes or hosts on one database) never hold the same delivery at once.
/// </summary>
public interface IWebhookRepository
{
    /// <summary>Adds a webhook.</summary>
    Task AddAsync(Webhook webhook, CancellationToken cancellationToken = default);

    /// <summary>The webhook with this id; null when none.</summary>
    Task<Webhook?> GetAsync(string webhookId, CancellationToken cancellationToken = default);

    /// <summary>Every webhook, active or not, oldest first.</summary>
    Task<IReadOnlyList<Webhook>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes a webhook and every delivery queued or made for it; false when there was no such webhook.</summary>
    Task<bool> DeleteAsync(string webhookId, CancellationToken cancellationToken = default);

    /// <summary>Queues a delivery (normally Pending, with no attempts and no lease).</summary>
    Task EnqueueAsync(WebhookDelivery delivery, CancellationToken cancellationToken = default);

    /// <summary>The delivery with this id; null when none.</summary>
    Task<WebhookDelivery?> GetDeliveryAsync(string deliveryId, CancellationToken cancellationToken = default);

    /// <summary>A webhook's most recent deliveries, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(string webhookId, int limit, CancellationToken cancellationToken = default);

    /// <summary>The backlog: how many deliveries are still <see cref="WebhookDeliveryState.Pending"/>, and when the oldest of them was queued (null when none is).</summary>
    Task<(int Pending, DateTimeOffset? OldestQueuedUtc)> GetBacklogAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="limit"/> Pending deliveries due by <paramref name="now"/> that nobody holds (no lease,
    /// or a lease that ran out by <paramref name="now"/>) for <paramref name="dispatcher"/> until
    /// <paramref name="leaseExpiresUtc"/>; returns those claimed, soonest due first. A delivery is claimed by at most one
    /// caller, because each claim changes the row only where it is still unclaimed.
    /// </summary>
    Task<IReadOnlyList<WebhookDelivery>> ClaimDueAsync(string dispatcher, DateTimeOffset now, DateTimeOffset leaseExpiresUtc, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records an attempt on a delivery <paramref name="dispatcher"/> holds: one more attempt, its status code or error,
    /// the new state (and next attempt time when still Pending), and the lease released. False, changing nothing, when
    /// the delivery is gone, no longer Pending, or held by another dispatcher (its lease ran out and was taken over).
    /// </summary>
    Task<bool> RecordAttemptAsync(string deliveryId, string dispatcher, WebhookAttempt attempt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that the overdue review of <paramref name="contentItemId"/> with published hash
    /// <paramref name="contentHash"/> was announced; false, changing nothing, when it already was.
    /// </summary>
    Task<bool> TryAddReviewNoticeAsync(string contentItemId, string contentHash, DateTimeOffset notifiedUtc, CancellationToken cancellationToken = default);
}
