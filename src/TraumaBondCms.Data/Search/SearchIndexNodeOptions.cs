namespace TraumaBondCms.Data.Search;

/// <summary>How a node follows the change log (see <see cref="SearchIndexNode"/>).</summary>
public sealed record SearchIndexNodeOptions
{
    /// <summary>How often the log is read when no change signal arrives (the fallback when notifications are lost). Default 1 s.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest applied changes wait before they are made durable in the index. Default 1 s.</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long log entries are kept; a node offline longer rebuilds its index. Default 7 days.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Log entries read per round.</summary>
    public int BatchSize { get; init; } = 2000;
}
