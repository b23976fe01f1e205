namespace TraumaBondCms.Data;

/// <summary>
/// One event to send to one webhook (a row of the outbox), queued in the transaction of the change that caused the
/// event and then sent, and retried, by a dispatcher outside that transaction. The last attempt's status code or
/// error stays on the row. While a dispatcher sends it, it holds a lease (<see cref="ClaimedBy"/> until
/// <see cref="LeaseExpiresUtc"/>); a lease that runs out (a crashed dispatcher) lets another dispatcher claim it.
/// </summary>
public sealed record WebhookDelivery
{
    /// <summary>The delivery's id, also sent as the <c>X-TraumaBond-Delivery</c> header and the payload's <c>id</c>.</summary>
    public required string DeliveryId { get; init; }

    /// <summary>The webhook it goes to.</summary>
    public required string WebhookId { get; init; }

    /// <summary>The event name.</summary>
    public required string Event { get; init; }

    /// <summary>The JSON body sent, exactly as signed.</summary>
    public required string Payload { get; init; }

    /// <summary>Where it stands.</summary>
    public WebhookDeliveryState State { get; init; } = WebhookDeliveryState.Pending;

    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; init; }

    /// <summary>When the next attempt is due (while <see cref="WebhookDeliveryState.Pending"/>).</summary>
    public required DateTimeOffset NextAttemptUtc { get; init; }

    /// <summary>When the last attempt was made; null before the first.</summary>
    public DateTimeOffset? LastAttemptUtc { get; init; }

    /// <summary>The HTTP status the receiver answered last; null before the first answer or when it did not answer.</summary>
    public int? LastStatusCode { get; init; }

    /// <summary>Why the last attempt failed (no connection, timeout, non-2xx status); null when it succeeded or none was made.</summary>
    public string? LastError { get; init; }

    /// <summary>When the event was queued.</summary>
    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>When the receiver accepted it; null until then.</summary>
    public DateTimeOffset? DeliveredUtc { get; init; }

    /// <summary>The dispatcher instance holding the lease; null when unclaimed.</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>When the current lease runs out; null when unclaimed.</summary>
    public DateTimeOffset? LeaseExpiresUtc { get; init; }
}
