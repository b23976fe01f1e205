namespace TraumaBondCms.Data;

/// <summary>Where a webhook delivery stands. Stable names: stored as text and shown by the API.</summary>
public enum WebhookDeliveryState
{
    /// <summary>Waiting for its first attempt or for a retry at <see cref="WebhookDelivery.NextAttemptUtc"/>.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every allowed attempt failed (or the webhook can no longer be reached); no more attempts are made.</summary>
    Failed,
}
