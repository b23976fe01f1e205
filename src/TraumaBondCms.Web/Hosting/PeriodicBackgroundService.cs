namespace TraumaBondCms.Web.Hosting;

/// <summary>
/// A background job that runs <see cref="RunOnceAsync"/> at start and then every <see cref="Interval"/> until the host
/// stops. A failing run is logged and retried at the next tick: one bad tick (a locked database, a network error) must
/// not stop publishing schedules or webhook deliveries for good. Subclasses decide whether they run at all.
/// </summary>
public abstract class PeriodicBackgroundService(ILogger logger) : BackgroundService
{
    /// <summary>Whether this instance runs the job (configuration may turn it off on read-only instances).</summary>
    protected abstract bool Enabled { get; }

    /// <summary>The time between runs.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>What the job does, for the log ("Carrying out due schedules").</summary>
    protected abstract string JobName { get; }

    /// <summary>One run of the job.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Job} failed; trying again in {Interval}.", JobName, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
