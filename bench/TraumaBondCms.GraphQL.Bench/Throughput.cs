using System.Diagnostics;

namespace TraumaBondCms.GraphQL.Bench;

/// <summary>
/// The measuring method both sides of the comparison use (tests/js/bench-graphqljs.mjs does the same): run the
/// operation for a warm-up period, then for several rounds of a fixed duration, counting completed operations;
/// the result is the best round's operations per second. The best round, not the median, because the machines
/// this runs on are shared: other work only ever slows a round down.
/// </summary>
internal static class Throughput
{
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan Round = TimeSpan.FromSeconds(1);
    public const int Rounds = 5;

    public static double OpsPerSecond(Action operation)
    {
        Run(operation, WarmUp);
        var rates = new double[Rounds];
        for (var i = 0; i < Rounds; i++)
        {
            rates[i] = Run(operation, Round);
        }

        return rates.Max();
    }

    // Checks the clock every batch of operations, sized so a batch takes about a millisecond.
    private static double Run(Action operation, TimeSpan duration)
    {
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

        return count / watch.Elapsed.TotalSeconds;
    }
}
