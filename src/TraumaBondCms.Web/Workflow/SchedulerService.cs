using Microsoft.Extensions.Options;
using TraumaBondCms.Web.Configuration;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// The background scheduler: every <see cref="WorkflowOptions.SchedulerInterval"/> it carries out due schedules.
/// Several instances (processes or hosts on one database) may run; each schedule still runs at most once, because
/// claiming it is a conditional update inside the serialized write transaction that carries it out.
/// </summary>
public sealed class SchedulerService(ScheduleService schedules, IOptions<CmsOptions> options, ILogger<SchedulerService> logger) : BackgroundService
{
    /// <summary>This instance's name in schedule claims.</summary>
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Workflow.RunScheduler)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Workflow.SchedulerInterval);
        do
        {
            try
            {
                await schedules.RunDueAsync(Instance, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad tick must not stop publishing for good; the schedule stays pending and is retried.
                logger.LogError(e, "The scheduler failed; it will try again in {Interval}.", options.Value.Workflow.SchedulerInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
