using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Sqlite;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Webhooks;

namespace TraumaBondCms.Web.Tests.Hosting;

/// <summary>Stopping the server: what was started is finished, what was not is left for later, nothing is left half done, the search index is committed.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Should_finish_a_request_in_flight_when_the_server_is_told_to_stop()
    {
        await using var server = await ServerProcess.StartAsync();
        using var client = server.Client();
        var token = (await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = CmsTestHost.AdminPassword }))).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var body = new SlowContent(JsonSerializer.Serialize(new NewContent("Topic", new { title = "Sent while stopping", description = "Its request was in flight when the server was told to stop." }), JsonSerializerOptions.Web));

        var sending = client.PostAsync("/api/content", body);
        await body.HalfSent;
        server.SignalStop();
        await Eventually.ValueAsync(() => Task.FromResult(server.Output.Any(l => l.Contains("Application is shutting down", StringComparison.Ordinal)) ? true : (bool?)null));
        body.SendTheRest();
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await sending);
        var exit = await server.WaitForExitAsync();

        Assert.Equal("Sent while stopping", created.GetProperty("fields").GetProperty("title").GetString());
        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task Should_commit_everything_the_search_index_applied_when_the_server_is_told_to_stop()
    {
        // The index would otherwise commit an hour after a change: only stopping makes it durable here.
        await using var server = await ServerProcess.StartAsync(null, "--Cms:Search:CommitInterval=01:00:00");
        using var client = server.Client();
        var token = (await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = CmsTestHost.AdminPassword }))).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await client.PostAsJsonAsync("/api/content", new NewContent("Topic", new { title = "Glasswort", description = "Applied to the index, not yet committed." })));
        var id = created.GetProperty("contentItemId").GetString();
        var found = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/api/search?q=glasswort&scope=editorial"));

        var exit = await server.StopAsync();

        Assert.Equal(0, exit);
        Assert.Equal(id, found.GetProperty("hits")[0].GetProperty("contentItemId").GetString());
        await using var read = await new SqliteCmsStore(Path.Combine(server.DataPath, "cms.db")).OpenReadAsync();
        var logged = (await read.Search.GetChangesAsync(0, 0)).LastSequence;
        using var index = Data.Search.Lucene.LuceneSearchEngine.Open(Path.Combine(server.DataPath, "search-index"));
        Assert.False(index.IsNew);
        Assert.Equal(logged, index.CommittedSequence);
    }

    [Fact]
    public async Task Should_record_a_webhook_delivery_in_flight_instead_of_abandoning_it_when_the_host_stops()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var receiver = await WebhookReceiver.StartAsync(holdFirstUntil: gate.Task);
        var host = new CmsTestHost(settings: new Dictionary<string, string?> { ["Cms:Webhooks:DispatchInterval"] = "00:00:00.100" }) { KeepData = true };
        try
        {
            using var admin = await host.AdminAsync();
            var webhookId = (await WebhookApi.RegisterAsync(admin, receiver.Url, "content.published")).GetProperty("id").GetString()!;
            var topic = await WebhookApi.CreateTopicAsync(admin, "Published as the host stops");
            await WebhookApi.PublishAsync(host, admin, topic.GetProperty("contentItemId").GetString()!);
            await receiver.FirstArrived;

            var stopping = Task.Run(host.Dispose);
            await Task.Delay(300);
            gate.SetResult();
            await stopping;

            var store = new SqliteCmsStore(Path.Combine(host.DataPath, "cms.db"));
            await using var read = await store.OpenReadAsync();
            var delivery = Assert.Single(await read.Webhooks.ListDeliveriesAsync(webhookId, 10));
            Assert.Equal((WebhookDeliveryState.Delivered, 1, 200), (delivery.State, delivery.Attempts, delivery.LastStatusCode));
        }
        finally
        {
            host.Dispose();
            CmsTestHost.DeleteData(host.DataPath);
        }
    }

    /// <summary>A request body sent in two halves: the second only when the test says so.</summary>
    private sealed class SlowContent : HttpContent
    {
        private readonly byte[] _bytes;
        private readonly TaskCompletionSource _halfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _rest = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public SlowContent(string json)
        {
            _bytes = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        public Task HalfSent => _halfSent.Task;

        public void SendTheRest() => _rest.SetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var half = _bytes.Length / 2;
            await stream.WriteAsync(_bytes.AsMemory(0, half));
            await stream.FlushAsync();
            _halfSent.SetResult();
            await _rest.Task;
            await stream.WriteAsync(_bytes.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }
    }
}
