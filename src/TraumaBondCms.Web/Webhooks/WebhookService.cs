using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Webhooks;

/// <summary>
/// Webhook administration for the API: list, register, delete, and read a webhook's recent deliveries. Every call needs
/// <see cref="Permissions.ManageWebhooks"/>; registering and deleting are audited in the same transaction. Webhook URLs are
/// configured by administrators only, and only absolute http(s) URLs are accepted (see <see cref="WebhookSender"/> for
/// what the sender does to keep them from reaching further). Thread-safe.
/// </summary>
public sealed class WebhookService(ICmsStore store, TimeProvider clock)
{
    /// <summary>The shortest secret an administrator may choose.</summary>
    public const int MinSecretLength = 16;

    /// <summary>Every webhook, oldest first.</summary>
    public async Task<IReadOnlyList<Webhook>> ListAsync(CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.Webhooks.ListAsync(cancellationToken);
    }

    /// <summary>
    /// Registers a webhook, generating its secret when none is given; returns it with the secret, which no later read
    /// shows again. Throws <see cref="ContentValidationException"/> naming each bad field.
    /// </summary>
    public async Task<Webhook> CreateAsync(NewWebhook request, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor);
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        var webhook = new Webhook
        {
            WebhookId = ContentIds.New(),
            Url = request.Url,
            Events = request.Events.Distinct(StringComparer.Ordinal).ToList(),
            Secret = request.Secret ?? WebhookSignature.NewSecret(),
            Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
            CreatedBy = actor.AuditName,
            CreatedUtc = clock.GetUtcNow(),
        };
        await using var session = await store.BeginWriteAsync(cancellationToken);
        await session.Webhooks.AddAsync(webhook, cancellationToken);
        await AuditAsync(session, WebhookAuditActions.Created, webhook, actor, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return webhook;
    }

    /// <summary>Deletes a webhook and its deliveries; false when there is no such webhook.</summary>
    public async Task<bool> DeleteAsync(string webhookId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor);
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var webhook = await session.Webhooks.GetAsync(webhookId, cancellationToken);
        if (webhook is null)
        {
            return false;
        }

        await session.Webhooks.DeleteAsync(webhookId, cancellationToken);
        await AuditAsync(session, WebhookAuditActions.Deleted, webhook, actor, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>A webhook's most recent deliveries (at most <paramref name="limit"/>), newest first; null when there is no such webhook.</summary>
    public async Task<IReadOnlyList<WebhookDelivery>?> ListDeliveriesAsync(string webhookId, int limit, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.Webhooks.GetAsync(webhookId, cancellationToken) is null
            ? null
            : await session.Webhooks.ListDeliveriesAsync(webhookId, limit, cancellationToken);
    }

    private static List<FieldError> Validate(NewWebhook request)
    {
        var errors = new List<FieldError>();
        if (!WebhookUrls.IsAllowed(request.Url, out _))
        {
            errors.Add(new FieldError("url", $"'url' must be an absolute http or https URL with a host, no user name or password, and at most {WebhookUrls.MaxLength} characters."));
        }

        if (request.Events.Count == 0)
        {
            errors.Add(new FieldError("events", $"'events' must name at least one event: {string.Join(", ", ContentEvents.All)}."));
        }

        foreach (var unknown in request.Events.Where(e => !ContentEvents.All.Contains(e, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            errors.Add(new FieldError("events", $"'{unknown}' is not an event; use {string.Join(", ", ContentEvents.All)}."));
        }

        if (request.Description is { Length: > 500 })
        {
            errors.Add(new FieldError("description", "'description' is at most 500 characters."));
        }

        if (request.Secret is { } secret && (secret.Length < MinSecretLength || secret.Length > 200 || secret.Trim().Length != secret.Length))
        {
            errors.Add(new FieldError("secret", $"'secret' must be {MinSecretLength} to 200 characters without surrounding spaces; leave it out to have a strong one generated."));
        }

        return errors;
    }

    private async Task AuditAsync(IStoreSession session, string action, Webhook webhook, CmsActor actor, CancellationToken cancellationToken) =>
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = clock.GetUtcNow(),
                Actor = actor.UserName,
                Action = action,
                // Never the secret: the audit log is readable by more people than webhook administrators.
                Details = JsonSerializer.Serialize(new { webhookId = webhook.WebhookId, url = webhook.Url, events = webhook.Events, description = webhook.Description }),
            },
            cancellationToken);

    private static void Require(CmsActor actor)
    {
        if (!actor.Has(Permissions.ManageWebhooks))
        {
            throw new CmsForbiddenException(Permissions.ManageWebhooks, "Managing webhooks");
        }
    }
}
