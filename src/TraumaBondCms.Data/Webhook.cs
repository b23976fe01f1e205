namespace TraumaBondCms.Data;

/// <summary>
/// An administrator's registration of a URL that receives content events. The <see cref="Secret"/> is kept in
/// clear text because every delivery is signed with it (HMAC-SHA256); only administrators reach this record, and the
/// API shows the secret once, when the webhook is created.
/// </summary>
public sealed record Webhook
{
    /// <summary>The webhook's id.</summary>
    public required string WebhookId { get; init; }

    /// <summary>The absolute http or https URL deliveries are POSTed to.</summary>
    public required string Url { get; init; }

    /// <summary>The event names it subscribes to (e.g. <c>content.published</c>); stored as a JSON array.</summary>
    public required IReadOnlyList<string> Events { get; init; }

    /// <summary>The shared secret deliveries are signed with.</summary>
    public required string Secret { get; init; }

    /// <summary>What the webhook is for, in the administrator's words; null for none.</summary>
    public string? Description { get; init; }

    /// <summary>Who registered it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When it was registered.</summary>
    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>False when paused: no new deliveries are queued for it.</summary>
    public bool Active { get; init; } = true;
}
