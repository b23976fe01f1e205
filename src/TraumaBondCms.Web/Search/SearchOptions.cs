namespace TraumaBondCms.Web.Search;

/// <summary>The <c>Cms:Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Cms:Search";

    /// <summary>The longest <c>q</c> accepted, in characters (400 beyond). Default 1,000.</summary>
    public int MaxQueryLength { get; set; } = 1000;

    /// <summary>The node's index folder, relative to the data folder. Default <c>search-index</c>.</summary>
    public string IndexPath { get; set; } = "search-index";

    /// <summary>
    /// How long a search waits for this node's index to apply changes committed before it began (read-your-writes; the
    /// follower is usually there already). 0 answers from the index as it is. Default 2 s.
    /// </summary>
    public TimeSpan CatchUpBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the change log is read when no commit signal arrives. Default 1 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest applied changes wait before they are made durable in the index. Default 1 s.</summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long change-log entries are kept; a node whose index is older rebuilds it. Default 7 days.</summary>
    public TimeSpan ChangeLogRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Zero-result analytics: off unless enabled.</summary>
    public SearchAnalyticsOptions Analytics { get; set; } = new();
}
