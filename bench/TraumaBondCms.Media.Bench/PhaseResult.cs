using System.Globalization;

namespace TraumaBondCms.Media.Bench;

/// <summary>One measured phase: how many images in how much wall and CPU time, and the peak resident memory during it.</summary>
public sealed record PhaseResult(string Name, int Images, TimeSpan Wall, TimeSpan Cpu, double PeakMiB, bool PeakIsPerPhase)
{
    /// <summary>Images per second of wall time.</summary>
    public double PerSecond => Images / Wall.TotalSeconds;

    /// <summary>Images per CPU second of this process (steadier than wall time when other work shares the machine).</summary>
    public double PerCpuSecond => Cpu.TotalSeconds > 0 ? Images / Cpu.TotalSeconds : 0;

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"  {Name,-42} {PerSecond,7:0.00} images/s {PerCpuSecond,7:0.00} per CPU-s  {Wall.TotalSeconds,6:0.0} s wall  peak RSS {PeakMiB,6:0} MiB{(PeakIsPerPhase ? "" : " (since start)")}");
}
