using TraumaBondCms.Core.Content;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Webhooks;

/// <summary>
/// The outbox side of webhooks: for each content event, queues one Pending delivery per active webhook subscribed to
/// it, in the transaction of the change that caused the event, so a delivery exists if and only if the change
/// committed. It only writes to the session; <see cref="WebhookDispatcher"/> sends the deliveries later, outside any
/// publishing transaction. Thread-safe (stateless).
/// </summary>
public sealed class WebhookOutbox : IContentEventSink
{
    /// <inheritdoc />
    public async Task RecordAsync(IStoreSession session, ContentEvent contentEvent, CancellationToken cancellationToken)
    {
        foreach (var webhook in await session.Webhooks.ListAsync(cancellationToken))
        {
            if (!webhook.Active || !webhook.Events.Contains(contentEvent.Name, StringComparer.Ordinal))
            {
                continue;
            }

            var deliveryId = ContentIds.New();
            await session.Webhooks.EnqueueAsync(
                new WebhookDelivery
                {
                    DeliveryId = deliveryId,
                    WebhookId = webhook.WebhookId,
                    Event = contentEvent.Name,
                    Payload = WebhookPayload.Create(deliveryId, contentEvent),
                    NextAttemptUtc = contentEvent.OccurredUtc,
                    CreatedUtc = contentEvent.OccurredUtc,
                },
                cancellationToken);
        }
    }
}
