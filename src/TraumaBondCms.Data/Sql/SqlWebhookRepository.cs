using System.Data.Common;
using System.Text.Json;

namespace TraumaBondCms.Data.Sql;

/// <summary>Webhooks, the delivery outbox and review notices in portable SQL; see <see cref="IWebhookRepository"/>.</summary>
public sealed class SqlWebhookRepository(SqlRunner sql) : IWebhookRepository
{
    private const string SelectWebhook = """
        SELECT webhook_id, url, events, secret, description, created_by, created_utc, active
        FROM webhooks
        """;

    private const string SelectDelivery = """
        SELECT delivery_id, webhook_id, event, payload, state, attempts, next_attempt_utc, last_attempt_utc, last_status_code,
               last_error, created_utc, delivered_utc, claimed_by, lease_expires_utc
        FROM webhook_deliveries
        """;

    /// <inheritdoc />
    public async Task AddAsync(Webhook webhook, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            """
            INSERT INTO webhooks (webhook_id, url, events, secret, description, created_by, created_utc, active)
            VALUES (@id, @url, @events, @secret, @description, @by, @created, @active)
            """,
            cancellationToken,
            ("@id", webhook.WebhookId),
            ("@url", webhook.Url),
            ("@events", JsonSerializer.Serialize(webhook.Events)),
            ("@secret", webhook.Secret),
            ("@description", webhook.Description),
            ("@by", webhook.CreatedBy),
            ("@created", sql.Dialect.ToDbTime(webhook.CreatedUtc)),
            ("@active", webhook.Active));

    /// <inheritdoc />
    public async Task<Webhook?> GetAsync(string webhookId, CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync($"{SelectWebhook} WHERE webhook_id = @id", ReadWebhook, cancellationToken, ("@id", webhookId))).FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<Webhook>> ListAsync(CancellationToken cancellationToken = default) =>
        await sql.QueryAsync($"{SelectWebhook} ORDER BY created_utc, webhook_id", ReadWebhook, cancellationToken);

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string webhookId, CancellationToken cancellationToken = default)
    {
        // Deliveries first: they refer to the webhook, and without it they could never be sent anyway.
        await sql.ExecuteAsync("DELETE FROM webhook_deliveries WHERE webhook_id = @id", cancellationToken, ("@id", webhookId));
        return await sql.ExecuteAsync("DELETE FROM webhooks WHERE webhook_id = @id", cancellationToken, ("@id", webhookId)) == 1;
    }

    /// <inheritdoc />
    public async Task EnqueueAsync(WebhookDelivery delivery, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            """
            INSERT INTO webhook_deliveries (delivery_id, webhook_id, event, payload, state, attempts, next_attempt_utc, last_attempt_utc,
                last_status_code, last_error, created_utc, delivered_utc, claimed_by, lease_expires_utc)
            VALUES (@id, @webhook, @event, @payload, @state, @attempts, @next, @last, @code, @error, @created, @delivered, @claimedBy, @lease)
            """,
            cancellationToken,
            ("@id", delivery.DeliveryId),
            ("@webhook", delivery.WebhookId),
            ("@event", delivery.Event),
            ("@payload", delivery.Payload),
            ("@state", delivery.State.ToString()),
            ("@attempts", delivery.Attempts),
            ("@next", sql.Dialect.ToDbTime(delivery.NextAttemptUtc)),
            ("@last", sql.Dialect.ToDbTime(delivery.LastAttemptUtc)),
            ("@code", delivery.LastStatusCode),
            ("@error", delivery.LastError),
            ("@created", sql.Dialect.ToDbTime(delivery.CreatedUtc)),
            ("@delivered", sql.Dialect.ToDbTime(delivery.DeliveredUtc)),
            ("@claimedBy", delivery.ClaimedBy),
            ("@lease", sql.Dialect.ToDbTime(delivery.LeaseExpiresUtc)));

    /// <inheritdoc />
    public async Task<WebhookDelivery?> GetDeliveryAsync(string deliveryId, CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync($"{SelectDelivery} WHERE delivery_id = @id", ReadDelivery, cancellationToken, ("@id", deliveryId))).FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(string webhookId, int limit, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            $"{SelectDelivery} WHERE webhook_id = @webhook ORDER BY created_utc DESC, delivery_id DESC LIMIT @limit",
            ReadDelivery,
            cancellationToken,
            ("@webhook", webhookId),
            ("@limit", limit));

    /// <inheritdoc />
    public async Task<(int Pending, DateTimeOffset? OldestQueuedUtc)> GetBacklogAsync(CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync(
            "SELECT COUNT(*), MIN(created_utc) FROM webhook_deliveries WHERE state = 'Pending'",
            reader => (Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), sql.Dialect.ReadNullableTime(reader, 1)),
            cancellationToken))[0];

    /// <inheritdoc />
    public async Task<IReadOnlyList<WebhookDelivery>> ClaimDueAsync(string dispatcher, DateTimeOffset now, DateTimeOffset leaseExpiresUtc, int limit, CancellationToken cancellationToken = default)
    {
        const string Unclaimed = "state = 'Pending' AND next_attempt_utc <= @now AND (lease_expires_utc IS NULL OR lease_expires_utc <= @now)";
        var due = await sql.QueryAsync(
            $"{SelectDelivery} WHERE {Unclaimed} ORDER BY next_attempt_utc, delivery_id LIMIT @limit",
            ReadDelivery,
            cancellationToken,
            ("@now", sql.Dialect.ToDbTime(now)),
            ("@limit", limit));
        var claimed = new List<WebhookDelivery>(due.Count);
        foreach (var delivery in due)
        {
            // Conditional on the row still being unclaimed: whoever changes it first holds it, even across processes.
            var changed = await sql.ExecuteAsync(
                $"UPDATE webhook_deliveries SET claimed_by = @by, lease_expires_utc = @lease WHERE delivery_id = @id AND {Unclaimed}",
                cancellationToken,
                ("@by", dispatcher),
                ("@lease", sql.Dialect.ToDbTime(leaseExpiresUtc)),
                ("@id", delivery.DeliveryId),
                ("@now", sql.Dialect.ToDbTime(now)));
            if (changed == 1)
            {
                claimed.Add(delivery with { ClaimedBy = dispatcher, LeaseExpiresUtc = leaseExpiresUtc });
            }
        }

        return claimed;
    }

    /// <inheritdoc />
    public async Task<bool> RecordAttemptAsync(string deliveryId, string dispatcher, WebhookAttempt attempt, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            """
            UPDATE webhook_deliveries
            SET state = @state, attempts = attempts + 1, last_attempt_utc = @at, last_status_code = @code, last_error = @error,
                next_attempt_utc = @next, delivered_utc = @delivered, claimed_by = NULL, lease_expires_utc = NULL
            WHERE delivery_id = @id AND state = 'Pending' AND claimed_by = @by
            """,
            cancellationToken,
            ("@state", attempt.State.ToString()),
            ("@at", sql.Dialect.ToDbTime(attempt.AttemptedUtc)),
            ("@code", attempt.StatusCode),
            ("@error", attempt.Error),
            // Only a Pending delivery has a next attempt; a finished one keeps the time of its last attempt there.
            ("@next", sql.Dialect.ToDbTime(attempt.State == WebhookDeliveryState.Pending ? attempt.NextAttemptUtc ?? attempt.AttemptedUtc : attempt.AttemptedUtc)),
            ("@delivered", sql.Dialect.ToDbTime(attempt.State == WebhookDeliveryState.Delivered ? attempt.AttemptedUtc : null)),
            ("@id", deliveryId),
            ("@by", dispatcher)) == 1;

    /// <inheritdoc />
    public async Task<bool> TryAddReviewNoticeAsync(string contentItemId, string contentHash, DateTimeOffset notifiedUtc, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            """
            INSERT INTO review_notices (content_item_id, content_hash, notified_utc) VALUES (@item, @hash, @at)
            ON CONFLICT (content_item_id, content_hash) DO NOTHING
            """,
            cancellationToken,
            ("@item", contentItemId),
            ("@hash", contentHash),
            ("@at", sql.Dialect.ToDbTime(notifiedUtc))) == 1;

    private Webhook ReadWebhook(DbDataReader r) => new()
    {
        WebhookId = r.GetString(0),
        Url = r.GetString(1),
        Events = JsonSerializer.Deserialize<string[]>(r.GetString(2)) ?? [],
        Secret = r.GetString(3),
        Description = r.IsDBNull(4) ? null : r.GetString(4),
        CreatedBy = r.GetString(5),
        CreatedUtc = sql.Dialect.ReadTime(r, 6),
        Active = r.GetBoolean(7),
    };

    private WebhookDelivery ReadDelivery(DbDataReader r) => new()
    {
        DeliveryId = r.GetString(0),
        WebhookId = r.GetString(1),
        Event = r.GetString(2),
        Payload = r.GetString(3),
        State = Enum.Parse<WebhookDeliveryState>(r.GetString(4)),
        Attempts = r.GetInt32(5),
        NextAttemptUtc = sql.Dialect.ReadTime(r, 6),
        LastAttemptUtc = sql.Dialect.ReadNullableTime(r, 7),
        LastStatusCode = r.IsDBNull(8) ? null : r.GetInt32(8),
        LastError = r.IsDBNull(9) ? null : r.GetString(9),
        CreatedUtc = sql.Dialect.ReadTime(r, 10),
        DeliveredUtc = sql.Dialect.ReadNullableTime(r, 11),
        ClaimedBy = r.IsDBNull(12) ? null : r.GetString(12),
        LeaseExpiresUtc = sql.Dialect.ReadNullableTime(r, 13),
    };
}
