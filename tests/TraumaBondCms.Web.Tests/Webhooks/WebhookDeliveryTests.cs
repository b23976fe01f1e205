using System.Globalization;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Webhooks;

/// <summary>
/// Webhook deliveries over real HTTP, end to end: publishing (through clinical review) and unpublishing Topics through the
/// REST API, a receiver on its own Kestrel port, and the delivery records read back through <c>/api/webhooks</c>.
/// Each test registers its own webhooks and receivers (deleted after it), and looks only at events about its own items.
/// </summary>
public sealed class WebhookDeliveryTests(WebhookHost shared) : IClassFixture<WebhookHost>, IAsyncLifetime
{
    private readonly CmsTestHost _host = shared.Host;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => WebhookApi.DeleteAllAsync(_host);

    [Fact]
    public async Task Should_deliver_a_signed_event_with_the_documented_payload_when_a_topic_is_published()
    {
        using var admin = await _host.AdminAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var webhook = await WebhookApi.RegisterAsync(admin, receiver.Url, "content.published");
        var topic = await WebhookApi.CreateTopicAsync(admin, "Webhooks: signed delivery");
        var id = topic.GetProperty("contentItemId").GetString()!;

        var published = await WebhookApi.PublishAsync(_host, admin, id);

        var request = Assert.Single(await receiver.WaitForAsync(r => r.Any(x => x.ContentItemId == id)), r => r.ContentItemId == id);
        Assert.True(request.IsSignedWith(webhook.GetProperty("secret").GetString()!), $"Bad signature {request.Headers["X-TraumaBond-Signature"]} for timestamp {request.Headers["X-TraumaBond-Timestamp"]}.");
        Assert.Equal("content.published", request.Event);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        var payload = request.Payload;
        Assert.Equal(request.DeliveryId, payload.GetProperty("id").GetString());
        Assert.Equal("content.published", payload.GetProperty("event").GetString());
        Assert.Equal("admin", payload.GetProperty("actor").GetString());
        Assert.True(DateTimeOffset.TryParse(payload.GetProperty("occurredUtc").GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        var item = payload.GetProperty("contentItem");
        foreach (var property in new[] { "contentItemId", "contentItemVersionId", "contentType", "displayText", "contentHash" })
        {
            Assert.Equal(published.GetProperty(property).GetString(), item.GetProperty(property).GetString());
        }

        Assert.Equal("Topic", item.GetProperty("contentType").GetString());
        var delivery = Assert.Single(await WebhookApi.WaitForDeliveriesAsync(admin, webhook.GetProperty("id").GetString()!, d => d.All(x => x.GetProperty("state").GetString() == "Delivered")));
        Assert.Equal((request.DeliveryId, 1, 200), (delivery.GetProperty("id").GetString(), delivery.GetProperty("attempts").GetInt32(), delivery.GetProperty("lastStatusCode").GetInt32()));
    }

    [Fact]
    public async Task Should_deliver_each_event_only_to_webhooks_subscribed_to_it_when_a_topic_is_published_and_unpublished()
    {
        using var admin = await _host.AdminAsync();
        await using var publishedReceiver = await WebhookReceiver.StartAsync();
        await using var unpublishedReceiver = await WebhookReceiver.StartAsync();
        var onPublish = await WebhookApi.RegisterAsync(admin, publishedReceiver.Url, "content.published");
        var onUnpublish = await WebhookApi.RegisterAsync(admin, unpublishedReceiver.Url, "content.unpublished");
        var id = (await WebhookApi.CreateTopicAsync(admin, "Webhooks: subscriptions")).GetProperty("contentItemId").GetString()!;

        await WebhookApi.PublishAsync(_host, admin, id);
        await WebhookApi.UnpublishAsync(admin, id);

        // The outbox rows are written with the change, so once both calls returned, each webhook's deliveries are final.
        var toPublish = await WebhookApi.DeliveriesAsync(admin, onPublish.GetProperty("id").GetString()!);
        var toUnpublish = await WebhookApi.DeliveriesAsync(admin, onUnpublish.GetProperty("id").GetString()!);
        Assert.Equal(["content.published"], toPublish.Select(d => d.GetProperty("event").GetString()));
        Assert.Equal(["content.unpublished"], toUnpublish.Select(d => d.GetProperty("event").GetString()));
        var published = await publishedReceiver.WaitForAsync(r => r.Any(x => x.ContentItemId == id));
        var unpublished = await unpublishedReceiver.WaitForAsync(r => r.Any(x => x.ContentItemId == id));
        Assert.Equal(["content.published"], published.Where(r => r.ContentItemId == id).Select(r => r.Event));
        Assert.Equal(["content.unpublished"], unpublished.Where(r => r.ContentItemId == id).Select(r => r.Event));
        Assert.True(unpublished.Single(r => r.ContentItemId == id).IsSignedWith(onUnpublish.GetProperty("secret").GetString()!));
    }

    [Fact]
    public async Task Should_retry_until_accepted_without_delaying_publishing_when_the_receiver_fails_slowly()
    {
        using var admin = await _host.AdminAsync();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Every delivery is refused twice; the very first request also hangs until the gate opens.
        await using var receiver = await WebhookReceiver.StartAsync(failFirstAttempts: 2, holdFirstUntil: gate.Task);
        var webhook = await WebhookApi.RegisterAsync(admin, receiver.Url, "content.published");
        var webhookId = webhook.GetProperty("id").GetString()!;
        var first = (await WebhookApi.CreateTopicAsync(admin, "Webhooks: slow receiver")).GetProperty("contentItemId").GetString()!;
        var second = (await WebhookApi.CreateTopicAsync(admin, "Webhooks: published meanwhile")).GetProperty("contentItemId").GetString()!;

        // The gate opens only after both publishes returned, so had either waited for the receiver it would never return
        // (the guard fails the test instead of hanging). The second is published while the first attempt is in flight.
        await WebhookApi.PublishAsync(_host, admin, first).WaitAsync(TimeSpan.FromSeconds(30));
        await receiver.FirstArrived.WaitAsync(TimeSpan.FromSeconds(30));
        await WebhookApi.PublishAsync(_host, admin, second).WaitAsync(TimeSpan.FromSeconds(30));
        var answeredBeforeGate = receiver.Received.Count;
        gate.SetResult();

        var deliveries = await WebhookApi.WaitForDeliveriesAsync(admin, webhookId, d => d.Length == 2 && d.All(x => x.GetProperty("state").GetString() == "Delivered"));
        Assert.Equal(0, answeredBeforeGate);
        Assert.All(deliveries, d => Assert.Equal((3, 200), (d.GetProperty("attempts").GetInt32(), d.GetProperty("lastStatusCode").GetInt32())));
        Assert.All(deliveries, d => Assert.False(d.TryGetProperty("lastError", out _), $"A delivered delivery keeps no error: {d}"));
        var requests = receiver.Received;
        foreach (var id in new[] { first, second })
        {
            var attempts = requests.Where(r => r.ContentItemId == id).ToList();
            Assert.Equal([500, 500, 200], attempts.Select(r => r.AnsweredStatus));
            Assert.Single(attempts.Select(r => r.DeliveryId).Distinct());
            Assert.All(attempts, r => Assert.True(r.IsSignedWith(webhook.GetProperty("secret").GetString()!)));
        }
    }

    [Fact]
    public async Task Should_give_up_as_failed_after_the_maximum_attempts_when_the_receiver_is_down()
    {
        using var admin = await _host.AdminAsync();
        var webhook = await WebhookApi.RegisterAsync(admin, WebhookApi.ClosedPortUrl(), "content.published");
        var id = (await WebhookApi.CreateTopicAsync(admin, "Webhooks: receiver down")).GetProperty("contentItemId").GetString()!;

        var published = await WebhookApi.PublishAsync(_host, admin, id);

        Assert.True(published.GetProperty("published").GetBoolean());
        var delivery = Assert.Single(await WebhookApi.WaitForDeliveriesAsync(admin, webhook.GetProperty("id").GetString()!, d => d.Length == 1 && d[0].GetProperty("state").GetString() == "Failed"));
        Assert.Equal(WebhookHost.MaxAttempts, delivery.GetProperty("attempts").GetInt32());
        Assert.False(delivery.TryGetProperty("lastStatusCode", out _), $"Nothing answered, so there is no status: {delivery}");
        Assert.Contains("refused", delivery.GetProperty("lastError").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.False(delivery.TryGetProperty("nextAttemptUtc", out _), $"A failed delivery is not retried: {delivery}");
        var live = await HttpAssert.StatusAsync(System.Net.HttpStatusCode.OK, await _host.Anonymous().GetAsync($"/api/content/{id}"));
        Assert.Equal(JsonValueKind.True, live.GetProperty("published").ValueKind);
    }
}
