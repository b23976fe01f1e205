using Microsoft.Extensions.Options;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Integrity;

/// <summary>
/// Turns on the check of published content as it is loaded (<see cref="PublishedVersionGuard"/> with
/// <see cref="PublishedVersionVerifier"/>) when the server starts, before it takes requests, unless
/// <see cref="IntegrityOptions.VerifyPublished"/> is off. Commands of the command line never start it: they read what the
/// database holds, and <c>verify</c> reports it. When the server stops (after it stopped taking requests), it waits for the
/// alarms being recorded and an integrity check in progress.
/// </summary>
public sealed class PublishedVerificationStartup(ICmsStore store, PublishedVersionVerifier verifier, IntegrityAlerts alerts, IntegrityMonitor monitor, IOptions<IntegrityOptions> options) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.PublishedGuard.Verifier = options.Value.VerifyPublished ? verifier : null;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        store.PublishedGuard.Verifier = null;
        await Task.WhenAll(alerts.DrainAsync(), monitor.IdleAsync()).WaitAsync(cancellationToken);
    }
}
