using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Webhooks;

/// <summary>
/// A webhook as the API shows it. <see cref="Secret"/> is set only in the response to its creation (and then omitted
/// from every later read, since nulls are not written).
/// </summary>
public sealed record WebhookResponse(string Id, string Url, IReadOnlyList<string> Events, string? Description, bool Active, string CreatedBy, DateTimeOffset CreatedUtc, string? Secret)
{
    /// <summary>The response for <paramref name="webhook"/>, with its secret only when <paramref name="includeSecret"/>.</summary>
    public static WebhookResponse From(Webhook webhook, bool includeSecret = false) =>
        new(webhook.WebhookId, webhook.Url, webhook.Events, webhook.Description, webhook.Active, webhook.CreatedBy, webhook.CreatedUtc, includeSecret ? webhook.Secret : null);
}
