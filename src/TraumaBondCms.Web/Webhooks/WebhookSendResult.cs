namespace TraumaBondCms.Web.Webhooks;

/// <summary>What one POST to a receiver came to: accepted (2xx) or not, its status code when it answered, and why it failed.</summary>
public sealed record WebhookSendResult(bool Accepted, int? StatusCode, string? Error);
