namespace TraumaBondCms.Data;

/// <summary>
/// The outcome of one delivery attempt, as recorded by <see cref="IWebhookRepository.RecordAttemptAsync"/>:
/// the new state, the receiver's status code or the error, and (when still pending) when to try again.
/// </summary>
public sealed record WebhookAttempt
{
    /// <summary>The state after this attempt: Delivered, Pending (retry at <see cref="NextAttemptUtc"/>) or Failed.</summary>
    public required WebhookDeliveryState State { get; init; }

    /// <summary>When the attempt was made.</summary>
    public required DateTimeOffset AttemptedUtc { get; init; }

    /// <summary>The HTTP status the receiver answered; null when it did not answer.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Why it failed; null on success.</summary>
    public string? Error { get; init; }

    /// <summary>When to try again; used only when <see cref="State"/> is Pending.</summary>
    public DateTimeOffset? NextAttemptUtc { get; init; }
}
