namespace TraumaBondCms.Web.Search;

/// <summary>
/// The <c>Cms:Search:Analytics</c> section. By default no query text is logged or stored. When enabled, only searches that
/// found nothing are counted, by a keyed hash of the normalized query; the text is stored once a query has been searched
/// <see cref="MinimumCount"/> times, and only such queries are ever shown.
/// </summary>
public sealed class SearchAnalyticsOptions
{
    /// <summary>The smallest <see cref="MinimumCount"/> allowed: a query searched once is one person's search.</summary>
    public const int LowestMinimumCount = 2;

    /// <summary>Count zero-result queries. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>How many times a query must be searched before its text is kept and shown (k). Default 5, at least 2.</summary>
    public int MinimumCount { get; set; } = 5;

    /// <summary>
    /// The base64 key of the query hash (32 bytes or more), for instances sharing one database; when empty a key is created
    /// in the data folder. The key never goes into the database, so the stored hashes cannot be checked against guesses there.
    /// </summary>
    public string? Key { get; set; }
}
