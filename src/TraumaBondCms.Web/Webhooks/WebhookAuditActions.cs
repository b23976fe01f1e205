namespace TraumaBondCms.Web.Webhooks;

/// <summary>The audit log's action names for webhook administration. Stable, like <see cref="Core.Audit.AuditActions"/>.</summary>
public static class WebhookAuditActions
{
    /// <summary>An administrator registered a webhook (details: id, URL, events; never the secret).</summary>
    public const string Created = "webhook.created";

    /// <summary>An administrator deleted a webhook and its deliveries.</summary>
    public const string Deleted = "webhook.deleted";
}
