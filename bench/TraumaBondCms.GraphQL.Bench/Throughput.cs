using System.Diagnostics;

namespace TraumaBondCms.GraphQL.Bench;

/// <summary>
/// The measuring method both sides of the comparison use (tests/js/bench-graphqljs.mjs does the same): run the
/// operation for a warm-up period, then for several rounds of a fixed duration, counting completed operations.
/// Each round yields operations per wall-clock second and per second of the process's CPU time (all threads,
/// so garbage collection counts); the result is the best round of each. The best, not the median, because the
/// machines this runs on are shared: other work only ever slows a round down, and inflates wall time far more
/// than CPU time.
/// </summary>
internal static class Throughput
{
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan Round = TimeSpan.FromSeconds(1);
    public const int Rounds = 5;

    public static (double PerSecond, double PerCpuSecond) Measure(Action operation)
    {
        Run(operation, WarmUp);
        var best = (PerSecond: 0.0, PerCpuSecond: 0.0);
        for (var i = 0; i < Rounds; i++)
        {
            var round = Run(operation, Round);
            best = (Math.Max(best.PerSecond, round.PerSecond), Math.Max(best.PerCpuSecond, round.PerCpuSecond));
        }

        return best;
    }

    // Checks the clock every batch of operations, sized so a batch takes about a millisecond.
    private static (double PerSecond, double PerCpuSecond) Run(Action operation, TimeSpan duration)
    {
        var cpuStart = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        long count = 0;
        var batch = 1;
        while (watch.Elapsed < duration)
        {
            var batchStart = watch.Elapsed;
            for (var i = 0; i < batch; i++)
            {
                operation();
            }

            count += batch;
            if ((watch.Elapsed - batchStart).TotalMilliseconds < 1 && batch < 1 << 20)
            {
                batch *= 2;
            }
        }

        var wall = watch.Elapsed.TotalSeconds;
        var cpu = (Environment.CpuUsage.TotalTime - cpuStart).TotalSeconds;
        return (count / wall, count / Math.Max(cpu, 1e-9));
    }
}
