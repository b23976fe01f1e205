using Microsoft.Extensions.Options;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Configuration;

namespace TraumaBondCms.Web.Hosting;

/// <summary>
/// Runs <see cref="ICmsStore.ListenForChangesAsync"/> for the life of the server, so that everything keyed on
/// <see cref="ICmsStore.Changes"/> (the published snapshot, the response cache) follows commits made by other nodes and
/// by the command line within milliseconds. Periodic rechecks stay in place as the fallback when the listener is down.
/// </summary>
public sealed class StoreChangeListener(ICmsStore store, IOptions<CmsOptions> options, ILogger<StoreChangeListener> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var database = options.Value.Database;
        if (!database.ListenForChanges)
        {
            return;
        }

        logger.LogDebug("Listening for commits by other processes on the {Engine} database.", store.Engine);
        await store.ListenForChangesAsync(database.ChangePollInterval, stoppingToken);
    }
}
