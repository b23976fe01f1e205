using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Webhooks;

namespace TraumaBondCms.Web.Tests.Webhooks;

/// <summary>
/// Overdue clinical reviews announced to webhooks: the setup recipe publishes sample articles and FAQs that no clinician
/// signed, so their reviews are overdue from the start; each is announced once per published hash.
/// </summary>
public sealed class ReviewOverdueWebhookTests(WebhookHost shared) : IClassFixture<WebhookHost>
{
    private readonly CmsTestHost _host = shared.Host;

    [Fact]
    public async Task Should_announce_each_overdue_review_once_when_a_webhook_subscribes_to_review_overdue()
    {
        using var admin = await _host.AdminAsync();
        var overdue = (await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/reviews/overdue"))).EnumerateArray()
            .Select(r => r.GetProperty("contentItemId").GetString()!).Order(StringComparer.Ordinal).ToArray();
        await using var receiver = await WebhookReceiver.StartAsync();
        var webhook = await WebhookApi.RegisterAsync(admin, receiver.Url, "content.review_overdue");

        var received = await receiver.WaitForAsync(r => r.Count >= overdue.Length);
        var announcedAgain = await _host.Services.GetRequiredService<ReviewOverdueMonitor>().AnnounceOverdueAsync(CancellationToken.None);

        Assert.NotEmpty(overdue);
        Assert.Equal(0, announcedAgain);
        Assert.Equal(overdue, received.Select(r => r.ContentItemId).Order(StringComparer.Ordinal));
        Assert.All(received, r => Assert.Equal("content.review_overdue", r.Event));
        Assert.All(received, r => Assert.True(r.IsSignedWith(webhook.GetProperty("secret").GetString()!)));
        Assert.All(received, r => Assert.Equal(System.Text.Json.JsonValueKind.Null, r.Payload.GetProperty("actor").ValueKind));
        Assert.Equal(overdue.Length, (await WebhookApi.DeliveriesAsync(admin, webhook.GetProperty("id").GetString()!)).Length);
    }
}
