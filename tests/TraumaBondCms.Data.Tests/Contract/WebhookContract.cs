using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>
/// Webhooks and their delivery outbox: registrations, queued deliveries, leases that keep two dispatchers (even in
/// two processes) from sending one delivery at once, attempt records, and once-only review notices.
/// </summary>
public abstract class WebhookContract : StoreContract
{
    /// <summary>A second store on the test's database, as another process would open it; disposed by the test.</summary>
    protected abstract ICmsStore OpenSecondStore();

    [Fact]
    public async Task Should_read_every_property_back_when_webhooks_are_added()
    {
        var first = Hook(["content.published", "content.unpublished"]) with { Description = "Search index — rebuild" };
        var second = Hook(["content.review_overdue"]) with { Active = false };

        await WriteAsync(async s =>
        {
            await s.Webhooks.AddAsync(second);
            await s.Webhooks.AddAsync(first);
        });

        var listed = await ReadAsync(s => s.Webhooks.ListAsync());
        var read = await ReadAsync(s => s.Webhooks.GetAsync(first.WebhookId));
        Assert.Equal([first.WebhookId, second.WebhookId], listed.Select(w => w.WebhookId));
        AssertSameWebhook(first, read);
        AssertSameWebhook(second, listed[1]);
        Assert.Null(await ReadAsync(s => s.Webhooks.GetAsync(ContentIds.New())));
    }

    [Fact]
    public async Task Should_remove_the_webhook_and_its_deliveries_when_deleted()
    {
        var (kept, removed) = (Hook(["content.published"]), Hook(["content.published"]));
        var (keptDelivery, removedDelivery) = (Delivery(kept, Build.Tick()), Delivery(removed, Build.Tick()));
        await WriteAsync(async s =>
        {
            await s.Webhooks.AddAsync(kept);
            await s.Webhooks.AddAsync(removed);
            await s.Webhooks.EnqueueAsync(keptDelivery);
            await s.Webhooks.EnqueueAsync(removedDelivery);
        });

        var (deleted, again) = (false, true);
        await WriteAsync(async s => (deleted, again) = (await s.Webhooks.DeleteAsync(removed.WebhookId), await s.Webhooks.DeleteAsync(removed.WebhookId)));

        Assert.Equal((true, false), (deleted, again));
        Assert.Equal([kept.WebhookId], (await ReadAsync(s => s.Webhooks.ListAsync())).Select(w => w.WebhookId));
        Assert.Null(await ReadAsync(s => s.Webhooks.GetDeliveryAsync(removedDelivery.DeliveryId)));
        Assert.Equal(keptDelivery, await ReadAsync(s => s.Webhooks.GetDeliveryAsync(keptDelivery.DeliveryId)));
    }

    [Fact]
    public async Task Should_list_a_webhooks_deliveries_newest_first_up_to_the_limit_when_asked()
    {
        var (hook, other) = (Hook(["content.published"]), Hook(["content.published"]));
        var deliveries = Enumerable.Range(0, 4).Select(_ => Delivery(hook, Build.Tick())).ToList();
        await WriteAsync(async s =>
        {
            await s.Webhooks.AddAsync(hook);
            await s.Webhooks.AddAsync(other);
            await s.Webhooks.EnqueueAsync(Delivery(other, Build.Tick()));
            foreach (var delivery in deliveries)
            {
                await s.Webhooks.EnqueueAsync(delivery);
            }
        });

        var recent = await ReadAsync(s => s.Webhooks.ListDeliveriesAsync(hook.WebhookId, 3));

        Assert.Equal([deliveries[3], deliveries[2], deliveries[1]], recent);
    }

    [Fact]
    public async Task Should_count_pending_deliveries_and_date_the_oldest_when_asked_for_the_backlog()
    {
        var hook = Hook(["content.published"]);
        var empty = await ReadAsync(s => s.Webhooks.GetBacklogAsync());
        var oldest = Delivery(hook, Build.Tick());
        var pending = new[] { oldest, Delivery(hook, Build.Tick()), Delivery(hook, Build.Tick()) };
        var done = new[] { Delivery(hook, Build.Tick()) with { State = WebhookDeliveryState.Delivered }, Delivery(hook, Build.Tick()) with { State = WebhookDeliveryState.Failed } };
        await WriteAsync(async s =>
        {
            await s.Webhooks.AddAsync(hook);
            foreach (var delivery in done.Concat(pending))
            {
                await s.Webhooks.EnqueueAsync(delivery);
            }
        });

        var backlog = await ReadAsync(s => s.Webhooks.GetBacklogAsync());

        Assert.Equal((0, (DateTimeOffset?)null), empty);
        Assert.Equal((3, (DateTimeOffset?)oldest.CreatedUtc), backlog);
    }

    [Fact]
    public async Task Should_claim_only_due_unclaimed_pending_deliveries_when_claiming()
    {
        var hook = Hook(["content.published"]);
        var now = Build.Tick();
        var (due, later, soonest) = (Delivery(hook, now), Delivery(hook, now.AddMinutes(5)), Delivery(hook, now.AddMinutes(-5)));
        var finished = Delivery(hook, now.AddMinutes(-10)) with { State = WebhookDeliveryState.Failed, Attempts = 8 };
        await WriteAsync(async s =>
        {
            await s.Webhooks.AddAsync(hook);
            foreach (var delivery in new[] { due, later, soonest, finished })
            {
                await s.Webhooks.EnqueueAsync(delivery);
            }
        });
        var lease = now.AddMinutes(1);

        var claimed = await ClaimAsync(Store, "dispatcher-a", now, lease);
        var again = await ClaimAsync(Store, "dispatcher-b", now, lease);

        Assert.Equal(
            [soonest with { ClaimedBy = "dispatcher-a", LeaseExpiresUtc = lease }, due with { ClaimedBy = "dispatcher-a", LeaseExpiresUtc = lease }],
            claimed);
        Assert.Empty(again);
        Assert.Equal("dispatcher-a", (await ReadAsync(s => s.Webhooks.GetDeliveryAsync(due.DeliveryId)))!.ClaimedBy);
    }

    [Fact]
    public async Task Should_let_another_dispatcher_claim_a_delivery_when_the_lease_ran_out()
    {
        var hook = Hook(["content.published"]);
        var now = Build.Tick();
        var delivery = Delivery(hook, now);
        await WriteAsync(async s =>
        {
            await s.Webhooks.AddAsync(hook);
            await s.Webhooks.EnqueueAsync(delivery);
        });
        await ClaimAsync(Store, "crashed", now, now.AddSeconds(30));

        var beforeExpiry = await ClaimAsync(Store, "dispatcher-b", now.AddSeconds(29), now.AddSeconds(90));
        var afterExpiry = await ClaimAsync(Store, "dispatcher-b", now.AddSeconds(30), now.AddSeconds(90));
        var lateRecord = false;
        await WriteAsync(async s => lateRecord = await s.Webhooks.RecordAttemptAsync(delivery.DeliveryId, "crashed", Attempt(WebhookDeliveryState.Delivered, now.AddSeconds(31), 200)));

        Assert.Empty(beforeExpiry);
        Assert.Equal([delivery.DeliveryId], afterExpiry.Select(d => d.DeliveryId));
        Assert.False(lateRecord);
        Assert.Equal(("dispatcher-b", 0), await ReadAsync(async s => (await s.Webhooks.GetDeliveryAsync(delivery.DeliveryId)) is { } d ? (d.ClaimedBy, d.Attempts) : default));
    }

    [Fact]
    public async Task Should_record_each_attempt_and_release_the_lease_when_attempts_are_recorded()
    {
        var hook = Hook(["content.published"]);
        var now = Build.Tick();
        var delivery = Delivery(hook, now);
        await WriteAsync(async s =>
        {
            await s.Webhooks.AddAsync(hook);
            await s.Webhooks.EnqueueAsync(delivery);
        });
        var (firstAt, retryAt, secondAt) = (now.AddSeconds(1), now.AddSeconds(11), now.AddSeconds(12));

        await ClaimAsync(Store, "dispatcher-a", now, now.AddMinutes(1));
        await WriteAsync(s => s.Webhooks.RecordAttemptAsync(delivery.DeliveryId, "dispatcher-a", Attempt(WebhookDeliveryState.Pending, firstAt, 500, "HTTP 500", retryAt)));
        var afterFirst = await ReadAsync(s => s.Webhooks.GetDeliveryAsync(delivery.DeliveryId));
        var notYetDue = await ClaimAsync(Store, "dispatcher-a", retryAt.AddSeconds(-1), now.AddMinutes(2));
        await ClaimAsync(Store, "dispatcher-a", retryAt, now.AddMinutes(2));
        await WriteAsync(s => s.Webhooks.RecordAttemptAsync(delivery.DeliveryId, "dispatcher-a", Attempt(WebhookDeliveryState.Delivered, secondAt, 204)));
        var afterSecond = await ReadAsync(s => s.Webhooks.GetDeliveryAsync(delivery.DeliveryId));

        Assert.Equal(delivery with { Attempts = 1, LastAttemptUtc = firstAt, LastStatusCode = 500, LastError = "HTTP 500", NextAttemptUtc = retryAt }, afterFirst);
        Assert.Empty(notYetDue);
        Assert.Equal(
            delivery with { State = WebhookDeliveryState.Delivered, Attempts = 2, LastAttemptUtc = secondAt, LastStatusCode = 204, NextAttemptUtc = secondAt, DeliveredUtc = secondAt },
            afterSecond);
    }

    [Fact]
    public async Task Should_refuse_an_attempt_record_when_the_delivery_is_finished_or_held_by_another_dispatcher()
    {
        var hook = Hook(["content.published"]);
        var now = Build.Tick();
        var (held, failed) = (Delivery(hook, now), Delivery(hook, now));
        await WriteAsync(async s =>
        {
            await s.Webhooks.AddAsync(hook);
            await s.Webhooks.EnqueueAsync(held);
            await s.Webhooks.EnqueueAsync(failed);
        });
        await ClaimAsync(Store, "dispatcher-a", now, now.AddMinutes(1));
        await WriteAsync(s => s.Webhooks.RecordAttemptAsync(failed.DeliveryId, "dispatcher-a", Attempt(WebhookDeliveryState.Failed, now, null, "Connection refused")));

        var results = new List<bool>();
        await WriteAsync(async s =>
        {
            results.Add(await s.Webhooks.RecordAttemptAsync(held.DeliveryId, "dispatcher-b", Attempt(WebhookDeliveryState.Delivered, now, 200)));
            results.Add(await s.Webhooks.RecordAttemptAsync(failed.DeliveryId, "dispatcher-a", Attempt(WebhookDeliveryState.Delivered, now, 200)));
            results.Add(await s.Webhooks.RecordAttemptAsync(ContentIds.New(), "dispatcher-a", Attempt(WebhookDeliveryState.Delivered, now, 200)));
        });

        Assert.Equal([false, false, false], results);
        var stillFailed = await ReadAsync(s => s.Webhooks.GetDeliveryAsync(failed.DeliveryId));
        Assert.Equal((WebhookDeliveryState.Failed, 1, "Connection refused"), (stillFailed!.State, stillFailed.Attempts, stillFailed.LastError));
        Assert.Null(stillFailed.LastStatusCode);
        Assert.Equal(0, (await ReadAsync(s => s.Webhooks.GetDeliveryAsync(held.DeliveryId)))!.Attempts);
    }

    [Fact]
    public async Task Should_give_each_delivery_exactly_one_dispatcher_when_two_stores_claim_at_once()
    {
        const int Deliveries = 40;
        var hook = Hook(["content.published"]);
        var now = Build.Tick();
        var deliveries = Enumerable.Range(0, Deliveries).Select(i => Delivery(hook, now.AddSeconds(-i))).ToList();
        await WriteAsync(async s =>
        {
            await s.Webhooks.AddAsync(hook);
            foreach (var delivery in deliveries)
            {
                await s.Webhooks.EnqueueAsync(delivery);
            }
        });
        var other = OpenSecondStore();
        try
        {
            var claims = new List<WebhookDelivery>();
            for (var round = 0; round < Deliveries / 4; round++)
            {
                // Small batches, many rounds: both stores keep competing for the same due rows.
                var results = await Task.WhenAll(
                    Task.Run(() => ClaimAsync(Store, "store-a", now, now.AddMinutes(1), limit: 4)),
                    Task.Run(() => ClaimAsync(other, "store-b", now, now.AddMinutes(1), limit: 4)));
                claims.AddRange(results.SelectMany(r => r));
            }

            Assert.Equal(deliveries.Select(d => d.DeliveryId).Order(StringComparer.Ordinal), claims.Select(c => c.DeliveryId).Order(StringComparer.Ordinal));
            var stored = await ReadAsync(s => s.Webhooks.ListDeliveriesAsync(hook.WebhookId, Deliveries));
            Assert.Equal(claims.ToDictionary(c => c.DeliveryId, c => c.ClaimedBy), stored.ToDictionary(d => d.DeliveryId, d => d.ClaimedBy));
        }
        finally
        {
            if (other is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Should_record_a_review_notice_once_per_item_and_hash_when_added_again()
    {
        var first = await CreateAsync(Build.Item());
        var second = Build.NextVersion(first, title: "Rewritten");
        await AddVersionAsync(second);

        var results = new List<bool>();
        await WriteAsync(async s =>
        {
            results.Add(await s.Webhooks.TryAddReviewNoticeAsync(first.ContentItemId, first.ContentHash, Build.Tick()));
            results.Add(await s.Webhooks.TryAddReviewNoticeAsync(first.ContentItemId, first.ContentHash, Build.Tick()));
            results.Add(await s.Webhooks.TryAddReviewNoticeAsync(first.ContentItemId, second.ContentHash, Build.Tick()));
        });
        var afterCommit = false;
        await WriteAsync(async s => afterCommit = await s.Webhooks.TryAddReviewNoticeAsync(first.ContentItemId, second.ContentHash, Build.Tick()));

        Assert.Equal([true, false, true], results);
        Assert.False(afterCommit);
    }

    private static readonly string[] NoEvents = [];

    private static async Task<IReadOnlyList<WebhookDelivery>> ClaimAsync(ICmsStore store, string dispatcher, DateTimeOffset now, DateTimeOffset leaseExpiresUtc, int limit = 10)
    {
        await using var session = await store.BeginWriteAsync();
        var claimed = await session.Webhooks.ClaimDueAsync(dispatcher, now, leaseExpiresUtc, limit);
        await session.CommitAsync();
        return claimed;
    }

    private static WebhookAttempt Attempt(WebhookDeliveryState state, DateTimeOffset at, int? status, string? error = null, DateTimeOffset? next = null) =>
        new() { State = state, AttemptedUtc = at, StatusCode = status, Error = error, NextAttemptUtc = next };

    // Webhook records hold a list, which records compare by reference; compare the events by value instead.
    private static void AssertSameWebhook(Webhook expected, Webhook? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Events = NoEvents }, actual with { Events = NoEvents });
        Assert.Equal(expected.Events, actual.Events);
    }

    private Webhook Hook(string[] events) => new()
    {
        WebhookId = ContentIds.New(),
        Url = "https://receiver.example/hooks/" + Guid.NewGuid().ToString("N")[..6],
        Events = events,
        Secret = "s3cret-" + Guid.NewGuid().ToString("N"),
        CreatedBy = "admin",
        CreatedUtc = Build.Tick(),
    };

    private WebhookDelivery Delivery(Webhook hook, DateTimeOffset due) => new()
    {
        DeliveryId = ContentIds.New(),
        WebhookId = hook.WebhookId,
        Event = hook.Events[0],
        Payload = """{"event":"content.published","contentItem":{"displayText":"naïve \"quoted\" 日本語"}}""",
        NextAttemptUtc = due,
        CreatedUtc = Build.Tick(),
    };
}
