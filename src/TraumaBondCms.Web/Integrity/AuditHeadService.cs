using Microsoft.Extensions.Options;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Integrity;

/// <summary>
/// Runs <see cref="AuditHeadSigner"/> for the life of the server: after commits (of this node or, while the store listens,
/// of others), at most once per <see cref="IntegrityOptions.HeadCheckInterval"/>, and when entries waited
/// <see cref="IntegrityOptions.HeadInterval"/> for a head. A failing round is logged and retried. Signs a last head when the
/// server stops.
/// </summary>
public sealed class AuditHeadService(ICmsStore store, AuditHeadSigner signer, IOptions<IntegrityOptions> options, TimeProvider clock, ILogger<AuditHeadService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.HeadCheckInterval > TimeSpan.Zero ? options.Value.HeadCheckInterval : TimeSpan.FromSeconds(1);
        var seen = -1L;
        DateTimeOffset? nextDue = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var commits = store.Changes.Count;
                if (commits != seen || clock.GetUtcNow() >= nextDue)
                {
                    seen = commits;
                    await signer.SignIfDueAsync(force: false, stoppingToken);
                    nextDue = await signer.NextDueAsync(stoppingToken);
                }

                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Signing a head of the audit chain failed; trying again in {Interval}.", interval);
                await Task.Delay(interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            // What was appended since the last head gets one before the server goes.
            await signer.SignIfDueAsync(force: true, cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "Signing a last head of the audit chain at shutdown failed.");
        }
    }
}
