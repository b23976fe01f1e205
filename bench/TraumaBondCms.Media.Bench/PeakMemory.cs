namespace TraumaBondCms.Media.Bench;

/// <summary>The process's resident memory from <c>/proc/self/status</c>: now (VmRSS) and the peak (VmHWM), which <see cref="Reset"/> sets back to now.</summary>
public static class PeakMemory
{
    /// <summary>Sets the peak back to the current resident size (Linux 4.0+: writing 5 to <c>clear_refs</c>); false where that is not possible.</summary>
    public static bool Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The peak resident size since the start or the last <see cref="Reset"/>, in MiB; 0 where unknown.</summary>
    public static double PeakMiB() => Read("VmHWM:");

    /// <summary>The resident size now, in MiB; 0 where unknown.</summary>
    public static double CurrentMiB() => Read("VmRSS:");

    private static double Read(string key) =>
        File.Exists("/proc/self/status") && File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) is { } line
            ? double.Parse(line[key.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024
            : 0;
}
