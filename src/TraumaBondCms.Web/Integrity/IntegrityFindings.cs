namespace TraumaBondCms.Web.Integrity;

/// <summary>What a run of the integrity check has found so far: breaks (the first <see cref="IntegrityReport.MaxListed"/> kept) and progress lines. Not thread-safe.</summary>
public sealed class IntegrityFindings(Action<string>? progress)
{
    private readonly List<IntegrityBreak> _breaks = [];

    /// <summary>The breaks kept.</summary>
    public IReadOnlyList<IntegrityBreak> Breaks => _breaks;

    /// <summary>How many breaks were found.</summary>
    public int BreakCount { get; private set; }

    /// <summary>Records a break in <paramref name="area"/>.</summary>
    public void Break(string area, string message)
    {
        BreakCount++;
        if (_breaks.Count < IntegrityReport.MaxListed)
        {
            _breaks.Add(new IntegrityBreak(area, message));
        }
    }

    /// <summary>Reports progress (every so many records of a long walk).</summary>
    public void Progress(string line) => progress?.Invoke(line);
}
