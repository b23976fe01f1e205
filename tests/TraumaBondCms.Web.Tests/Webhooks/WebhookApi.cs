using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Webhooks;

/// <summary>The webhook and content calls the webhook tests make, through the public HTTP API.</summary>
public static class WebhookApi
{
    /// <summary>Registers a webhook; returns the 201 response body (with the secret).</summary>
    public static async Task<JsonElement> RegisterAsync(HttpClient admin, string url, params string[] events) =>
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/webhooks", new { url, events }));

    /// <summary>Deletes every webhook, so the next test starts with none (receivers of finished tests are gone).</summary>
    public static async Task DeleteAllAsync(CmsTestHost host)
    {
        using var admin = await host.AdminAsync();
        foreach (var webhook in (await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/webhooks"))).EnumerateArray())
        {
            await HttpAssert.StatusAsync(HttpStatusCode.NoContent, await admin.DeleteAsync($"/api/webhooks/{webhook.GetProperty("id").GetString()}"));
        }
    }

    /// <summary>A webhook's recent deliveries, newest first.</summary>
    public static async Task<JsonElement[]> DeliveriesAsync(HttpClient admin, string webhookId) =>
        (await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/webhooks/{webhookId}/deliveries"))).EnumerateArray().ToArray();

    /// <summary>Polls (up to 30 s) until the webhook's deliveries satisfy <paramref name="condition"/>; returns them.</summary>
    public static async Task<JsonElement[]> WaitForDeliveriesAsync(HttpClient admin, string webhookId, Func<JsonElement[], bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var deliveries = await DeliveriesAsync(admin, webhookId);
            if (condition(deliveries))
            {
                return deliveries;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The deliveries did not reach the expected state in 30 s: {string.Join(", ", deliveries.Select(d => d.ToString()))}");
            await Task.Delay(50);
        }
    }

    /// <summary>Creates a Topic (a light review workflow) as a draft; returns the response body.</summary>
    public static async Task<JsonElement> CreateTopicAsync(HttpClient editor, string title) =>
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync("/api/content", new NewContent("Topic", new { title, description = "Webhook test topic." })));

    /// <summary>Publishes an item's latest version through clinical review (the host's reviewer signs); returns the published version.</summary>
    public static Task<JsonElement> PublishAsync(CmsTestHost host, HttpClient editor, string contentItemId) => host.PublishThroughReviewAsync(editor, contentItemId);

    /// <summary>Unpublishes an item.</summary>
    public static async Task<JsonElement> UnpublishAsync(HttpClient editor, string contentItemId) =>
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.PostAsJsonAsync($"/api/content/{contentItemId}/unpublish", new { reason = "Webhook test." }));

    /// <summary>A URL on 127.0.0.1 where nothing listens (connections are refused).</summary>
    public static string ClosedPortUrl()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/hooks";
    }
}
