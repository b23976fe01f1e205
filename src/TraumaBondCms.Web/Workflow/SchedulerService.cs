using Microsoft.Extensions.Options;
using TraumaBondCms.Web.Configuration;
using TraumaBondCms.Web.Hosting;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// The background scheduler: every <see cref="WorkflowOptions.SchedulerInterval"/> it carries out due schedules.
/// Several instances (processes or hosts on one database) may run; each schedule still runs at most once, because
/// claiming it is a conditional update inside the serialized write transaction that carries it out.
/// </summary>
public sealed class SchedulerService(ScheduleService schedules, IOptions<CmsOptions> options, ILogger<SchedulerService> logger) : PeriodicBackgroundService(logger)
{
    /// <summary>This instance's name in schedule claims.</summary>
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <inheritdoc />
    protected override bool Enabled => options.Value.Workflow.RunScheduler;

    /// <inheritdoc />
    protected override TimeSpan Interval => options.Value.Workflow.SchedulerInterval;

    /// <inheritdoc />
    protected override string JobName => "Carrying out due schedules";

    /// <inheritdoc />
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => schedules.RunDueAsync(Instance, cancellationToken);
}
