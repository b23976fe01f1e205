using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TraumaBondCms.Web.Tests.Webhooks;

/// <summary>
/// A webhook receiver for tests: a tiny Kestrel app on <c>http://127.0.0.1:0</c> that records every request and answers
/// 500 to the first <c>failFirstAttempts</c> attempts of each delivery (by delivery id), 200 afterwards. The very first
/// request can be held until a gate opens, to show what the CMS does while a receiver is slow.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private readonly TaskCompletionSource _firstArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _failFirstAttempts;
    private readonly Task _holdFirstUntil;
    private int _requests;

    private WebhookReceiver(int failFirstAttempts, Task? holdFirstUntil)
    {
        _failFirstAttempts = failFirstAttempts;
        _holdFirstUntil = holdFirstUntil ?? Task.CompletedTask;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/{**path}", HandleAsync);
    }

    /// <summary>The URL to register.</summary>
    public string Url => _app.Urls.Single() + "/hooks";

    /// <summary>Every request answered so far (a held first request once its gate opened), in order.</summary>
    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    /// <summary>Completes when the first request has arrived (and, if held, is waiting for the gate).</summary>
    public Task FirstArrived => _firstArrived.Task;

    /// <summary>Starts a receiver.</summary>
    public static async Task<WebhookReceiver> StartAsync(int failFirstAttempts = 0, Task? holdFirstUntil = null)
    {
        var receiver = new WebhookReceiver(failFirstAttempts, holdFirstUntil);
        await receiver._app.StartAsync();
        return receiver;
    }

    /// <summary>Waits (up to 30 s) until the requests received satisfy <paramref name="condition"/>; returns them.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition(Received))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The receiver did not get the expected requests in 30 s; it got {Received.Count}: {string.Join(", ", Received.Select(r => r.Event))}");
            await Task.Delay(50);
        }

        return Received;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var first = Interlocked.Increment(ref _requests) == 1;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var attempt = _attempts.AddOrUpdate(headers.GetValueOrDefault("X-TraumaBond-Delivery", ""), 1, (_, n) => n + 1);
        var status = attempt <= _failFirstAttempts ? 500 : 200;
        if (first)
        {
            _firstArrived.SetResult();
            await _holdFirstUntil;
        }

        _received.Enqueue(new ReceivedWebhook(headers, body, status));
        context.Response.StatusCode = status;
    }
}
