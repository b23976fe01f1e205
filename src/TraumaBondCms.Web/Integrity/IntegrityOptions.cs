namespace TraumaBondCms.Web.Integrity;

/// <summary>The <c>Cms:Integrity</c> section: checking published content as it is loaded, and the audit chain's signed heads.</summary>
public sealed class IntegrityOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Cms:Integrity";

    /// <summary>
    /// Check every published version when it is loaded for readers (once per version and content generation): recompute its
    /// content hash from the stored fields and verify its approval's signature; withhold it when either fails. Default true.
    /// </summary>
    public bool VerifyPublished { get; set; } = true;

    /// <summary>Sign a head of the audit chain once this many entries were appended since the last head. Default 100.</summary>
    public int HeadEveryEntries { get; set; } = 100;

    /// <summary>Sign a head when entries were appended and the last head is older than this. Default five minutes.</summary>
    public TimeSpan HeadInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the signer looks whether a head is due. Default one second.</summary>
    public TimeSpan HeadCheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The append-only file outside the database where signed heads are also written, one JSON line each: relative to the data
    /// folder unless absolute (a second disk or a mounted log volume is better). Default <c>audit-heads.jsonl</c>.
    /// </summary>
    public string HeadsPath { get; set; } = "audit-heads.jsonl";

    /// <summary>How old the last integrity check may be before <c>/healthz/ready</c> starts a new one. Default ten minutes.</summary>
    public TimeSpan ReadinessMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
