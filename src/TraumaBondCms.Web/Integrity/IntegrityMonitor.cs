using Microsoft.Extensions.Options;

namespace TraumaBondCms.Web.Integrity;

/// <summary>
/// Runs the integrity check on demand, one run at a time (callers arriving during a run share it), and keeps the last
/// report for <c>/healthz/ready</c> and the dashboard. Logs a run that found breaks at Critical. Thread-safe.
/// </summary>
public sealed class IntegrityMonitor(IntegrityVerifier verifier, IOptions<IntegrityOptions> options, TimeProvider clock, ILogger<IntegrityMonitor> logger)
{
    private readonly Lock _lock = new();
    private Task<IntegrityReport>? _running;

    /// <summary>The last finished report; null before the first run.</summary>
    public IntegrityReport? Last { get; private set; }

    /// <summary>Runs the check now (or joins the run in progress) and returns its report.</summary>
    public Task<IntegrityReport> RunAsync()
    {
        lock (_lock)
        {
            return _running ??= Task.Run(RunOnceAsync);
        }
    }

    /// <summary>Completes when no run is in progress (shutdown waits for it, so no run reads a database being closed).</summary>
    public Task IdleAsync()
    {
        lock (_lock)
        {
            return _running is { } running ? running.ContinueWith(_ => { }, TaskScheduler.Default) : Task.CompletedTask;
        }
    }

    /// <summary>The last report when it is younger than <see cref="IntegrityOptions.ReadinessMaxAge"/>; else starts a run and returns the last one (null before any).</summary>
    public IntegrityReport? Recent()
    {
        var last = Last;
        if (last is null || clock.GetUtcNow() - last.FinishedUtc > options.Value.ReadinessMaxAge)
        {
            _ = RunAsync();
        }

        return last;
    }

    private async Task<IntegrityReport> RunOnceAsync()
    {
        try
        {
            var report = await verifier.VerifyAsync();
            if (!report.Passed)
            {
                logger.LogCritical("The integrity check found {Breaks} breaks and {Withheld} withheld versions: {Summary}", report.BreakCount, report.Withheld.Count, report.Summary);
            }

            Last = report;
            return report;
        }
        finally
        {
            lock (_lock)
            {
                _running = null;
            }
        }
    }
}
