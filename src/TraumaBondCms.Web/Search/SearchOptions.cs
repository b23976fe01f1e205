namespace TraumaBondCms.Web.Search;

/// <summary>The <c>Cms:Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Cms:Search";

    /// <summary>The longest <c>q</c> accepted, in characters (400 beyond). Default 1,000.</summary>
    public int MaxQueryLength { get; set; } = 1000;

    /// <summary>Zero-result analytics: off unless enabled.</summary>
    public SearchAnalyticsOptions Analytics { get; set; } = new();
}
