using Microsoft.Extensions.Options;
using TraumaBondCms.Data;

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
public sealed class WebhookDispatcher(ICmsStore store, WebhookSender sender, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    /// <summary>This instance's name in delivery leases.</summary>
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// Claims and sends due deliveries until none are left due (one batch of <see cref="WebhookOptions.BatchSize"/> at a
    /// time); returns how many attempts were made. Safe to call concurrently with other dispatchers.
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

            await Task.WhenAll(claimed.Select(d => SendAsync(settings, webhooks[d.WebhookId], d, cancellationToken)));
            attempts += claimed.Count;
            if (claimed.Count < settings.BatchSize)
            {
                return attempts;
            }
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RunDispatcher)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.DispatchInterval);
        do
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not stop deliveries for good; claimed rows are retried when their lease runs out.
                logger.LogError(e, "Sending webhook deliveries failed; trying again in {Interval}.", settings.DispatchInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<(IReadOnlyList<WebhookDelivery> Claimed, Dictionary<string, Webhook> Webhooks)> ClaimAsync(WebhookOptions settings, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var claimed = await session.Webhooks.ClaimDueAsync(Instance, now, now + settings.LeaseDuration, settings.BatchSize, cancellationToken);
        var webhooks = claimed.Count == 0 ? [] : (await session.Webhooks.ListAsync(cancellationToken)).ToDictionary(w => w.WebhookId, StringComparer.Ordinal);
        await session.CommitAsync(cancellationToken);
        return (claimed, webhooks);
    }

    private async Task SendAsync(WebhookOptions settings, Webhook webhook, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
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
        await using var session = await store.BeginWriteAsync(cancellationToken);
        if (!await session.Webhooks.RecordAttemptAsync(delivery.DeliveryId, Instance, outcome, cancellationToken))
        {
            // The webhook was deleted meanwhile, or our lease ran out and another dispatcher holds the delivery now.
            logger.LogWarning("Delivery {Delivery} to {Url}: attempt {Attempt} not recorded; the delivery is gone or held by another dispatcher.", delivery.DeliveryId, webhook.Url, attempt);
            return;
        }

        await session.CommitAsync(cancellationToken);
        if (outcome.State == WebhookDeliveryState.Failed)
        {
            logger.LogWarning("Delivery {Delivery} of {Event} to {Url} failed after {Attempts} attempts: {Error}", delivery.DeliveryId, delivery.Event, webhook.Url, attempt, result.Error);
        }
    }
}
