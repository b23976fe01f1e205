using System.Diagnostics;

namespace TraumaBondCms.Search.Bench;

/// <summary>
/// Wall-clock samples of one workload, and the process CPU time of the batches they ran in: on a busy machine the wall
/// clock includes waiting for a core, the CPU time does not, so ratios are reported for both.
/// </summary>
internal sealed class Latency(string name)
{
    private readonly List<double> _milliseconds = [];
    private TimeSpan _cpu;

    public string Name { get; } = name;

    public int Count => _milliseconds.Count;

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    public double Max => _milliseconds.Count == 0 ? 0 : _milliseconds.Max();

    public double CpuMeanMilliseconds => _milliseconds.Count == 0 ? 0 : _cpu.TotalMilliseconds / _milliseconds.Count;

    /// <summary>Runs every input once, timing each, and adds the batch's CPU time.</summary>
    public void Batch<T>(IEnumerable<T> inputs, Action<T> operation)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var input in inputs)
        {
            var watch = Stopwatch.StartNew();
            operation(input);
            _milliseconds.Add(watch.Elapsed.TotalMilliseconds);
        }

        _cpu += Process.GetCurrentProcess().TotalProcessorTime - cpu;
    }

    public override string ToString() => $"{Name,-30} p50 {P50,8:0.000} ms   p99 {P99,8:0.000} ms   max {Max,8:0.0} ms   cpu/query {CpuMeanMilliseconds,7:0.000} ms";

    private double Percentile(double fraction)
    {
        if (_milliseconds.Count == 0)
        {
            return 0;
        }

        var sorted = _milliseconds.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
    }
}
