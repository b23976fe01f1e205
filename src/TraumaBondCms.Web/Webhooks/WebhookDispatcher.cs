using System.Diagnostics;
using Microsoft.Extensions.Options;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Hosting;
using TraumaBondCms.Web.Telemetry;

namespace TraumaBondCms.Web.Webhooks;

/// <summary>
/// Sends queued deliveries: every <see cref="WebhookOptions.DispatchInterval"/> it claims due deliveries under a lease
/// (one short write transaction), sends them concurrently with <see cref="WebhookSender"/> outside any transaction, and
/// records each attempt in its own short transaction: Delivered on 2xx; otherwise Pending again after a backoff
/// (<see cref="WebhookOptions.RetryDelay"/>), or Failed after <see cref="WebhookOptions.MaxAttempts"/> attempts. Because
/// publishing only queues rows, a slow or failing receiver never delays it. Several dispatchers (processes or hosts on one
/// database) may run: leases keep them from sending one delivery at once, and a crashed dispatcher's claims are taken
/// over when their lease runs out (so a receiver may, rarely, get a delivery twice: de-duplicate on the delivery id).
/// Deliveries are not ordered: a retried one can arrive after later events, so receivers should compare
/// <c>occurredUtc</c>. Each attempt is signed afresh with the time it is sent.
/// </summary>
public sealed class WebhookDispatcher(ICmsStore store, WebhookSender sender, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookDispatcher> logger) : PeriodicBackgroundService(logger)
{
    /// <summary>This instance's name in delivery leases.</summary>
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// Claims and sends due deliveries until none are left due (one batch of <see cref="WebhookOptions.BatchSize"/> at a
    /// time); returns how many attempts were made. Safe to call concurrently with other dispatchers. When
    /// <paramref name="cancellationToken"/> fires (the host is stopping) it stops at a safe point: deliveries already claimed
    /// are still sent (each bounded by <see cref="WebhookOptions.RequestTimeout"/>) and their outcome recorded, so none is
    /// left claimed mid-send to be sent again after its lease; no further batch is claimed.
    /// </summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using (var read = await store.OpenReadAsync(cancellationToken))
        {
            // Deliveries go when their webhook goes, so with no webhooks there is nothing to send and no reason to take
            // the writer's turn every few seconds on sites that use none.
            if ((await read.Webhooks.ListAsync(cancellationToken)).Count == 0)
            {
                return 0;
            }
        }

        var attempts = 0;
        while (true)
        {
            var (claimed, webhooks) = await ClaimAsync(settings, cancellationToken);
            if (claimed.Count == 0)
            {
                return attempts;
            }

            await Task.WhenAll(claimed.Select(d => SendAsync(settings, webhooks[d.WebhookId], d)));
            attempts += claimed.Count;
            if (claimed.Count < settings.BatchSize || cancellationToken.IsCancellationRequested)
            {
                return attempts;
            }
        }
    }

    /// <inheritdoc />
    protected override bool Enabled => options.Value.RunDispatcher;

    /// <inheritdoc />
    protected override TimeSpan Interval => options.Value.DispatchInterval;

    /// <inheritdoc />
    protected override string JobName => "Sending webhook deliveries";

    /// <summary>One dispatch round; the rows claimed by a round that fails are retried when their lease runs out.</summary>
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => DispatchDueAsync(cancellationToken);

    private async Task<(IReadOnlyList<WebhookDelivery> Claimed, Dictionary<string, Webhook> Webhooks)> ClaimAsync(WebhookOptions settings, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var claimed = await session.Webhooks.ClaimDueAsync(Instance, now, now + settings.LeaseDuration, settings.BatchSize, cancellationToken);
        var webhooks = claimed.Count == 0 ? [] : (await session.Webhooks.ListAsync(cancellationToken)).ToDictionary(w => w.WebhookId, StringComparer.Ordinal);
        await session.CommitAsync(cancellationToken);
        return (claimed, webhooks);
    }

    // Not cancellable: a claimed delivery is sent and recorded even while the host stops (see DispatchDueAsync).
    private async Task SendAsync(WebhookOptions settings, Webhook webhook, WebhookDelivery delivery)
    {
        var cancellationToken = CancellationToken.None;
        using var activity = CmsTelemetry.Source.StartActivity("webhook.delivery", ActivityKind.Client);
        activity?.SetTag("cms.webhook.id", webhook.WebhookId);
        activity?.SetTag("cms.webhook.event", delivery.Event);
        activity?.SetTag("cms.webhook.delivery_id", delivery.DeliveryId);
        activity?.SetTag("cms.webhook.attempt", delivery.Attempts + 1);
        var result = await sender.SendAsync(webhook, delivery, cancellationToken);
        var now = clock.GetUtcNow();
        var attempt = delivery.Attempts + 1;
        var outcome = new WebhookAttempt
        {
            State = result.Accepted ? WebhookDeliveryState.Delivered
                : attempt >= settings.MaxAttempts ? WebhookDeliveryState.Failed
                : WebhookDeliveryState.Pending,
            AttemptedUtc = now,
            StatusCode = result.StatusCode,
            Error = result.Error,
            NextAttemptUtc = now + settings.RetryDelay(attempt),
        };
        var outcomeName = outcome.State switch { WebhookDeliveryState.Delivered => "delivered", WebhookDeliveryState.Failed => "failed", _ => "retry" };
        CmsTelemetry.WebhookAttempts.Add(1, new KeyValuePair<string, object?>("cms.webhook.outcome", outcomeName));
        activity?.SetTag("cms.webhook.outcome", outcomeName);
        activity?.SetTag("http.response.status_code", result.StatusCode);
        activity?.SetStatus(result.Accepted ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
        await using var session = await store.BeginWriteAsync(cancellationToken);
        if (!await session.Webhooks.RecordAttemptAsync(delivery.DeliveryId, Instance, outcome, cancellationToken))
        {
            // The webhook was deleted meanwhile, or our lease ran out and another dispatcher holds the delivery now.
            logger.LogWarning("Delivery {Delivery} to webhook {Webhook}: attempt {Attempt} not recorded; the delivery is gone or held by another dispatcher.", delivery.DeliveryId, webhook.WebhookId, attempt);
            return;
        }

        await session.CommitAsync(cancellationToken);
        if (outcome.State == WebhookDeliveryState.Failed)
        {
            logger.LogWarning("Delivery {Delivery} of {Event} to webhook {Webhook} failed after {Attempts} attempts: {Error}", delivery.DeliveryId, delivery.Event, webhook.WebhookId, attempt, result.Error);
        }
    }
}
