using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Webhooks;

/// <summary>A delivery as the API shows it: where it stands, how many attempts were made, and what the last one got.</summary>
public sealed record WebhookDeliveryResponse(
    string Id,
    string Event,
    WebhookDeliveryState State,
    int Attempts,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? LastAttemptUtc,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset? NextAttemptUtc,
    DateTimeOffset? DeliveredUtc)
{
    /// <summary>The response for <paramref name="delivery"/>; the next attempt time only while it is Pending.</summary>
    public static WebhookDeliveryResponse From(WebhookDelivery delivery) => new(
        delivery.DeliveryId,
        delivery.Event,
        delivery.State,
        delivery.Attempts,
        delivery.CreatedUtc,
        delivery.LastAttemptUtc,
        delivery.LastStatusCode,
        delivery.LastError,
        delivery.State == WebhookDeliveryState.Pending ? delivery.NextAttemptUtc : null,
        delivery.DeliveredUtc);
}
