namespace TraumaBondCms.Web.Webhooks;

/// <summary>A webhook to register, as an administrator asked for it (checked by <see cref="WebhookService.CreateAsync"/>).</summary>
public sealed record NewWebhook
{
    /// <summary>The absolute http or https URL to POST deliveries to.</summary>
    public required string Url { get; init; }

    /// <summary>The event names to subscribe to (<see cref="Workflow.ContentEvents.All"/>); at least one.</summary>
    public required IReadOnlyList<string> Events { get; init; }

    /// <summary>What it is for; null for nothing.</summary>
    public string? Description { get; init; }

    /// <summary>The signing secret; null to have a strong one generated.</summary>
    public string? Secret { get; init; }
}
