namespace TraumaBondCms.Data.Sql;

/// <summary>
/// What a store keeps between sessions to make reads cheaper, none of which can change a result: published list counts
/// per content generation, parsed fields of immutable versions, and how selective list filters are; and the guard's
/// verdicts on published versions (which can: they withhold what did not verify). One per store; thread-safe.
/// </summary>
public sealed class SqlReadCaches
{
    /// <summary>Published list counts (used by read sessions).</summary>
    public ContentCountCache Counts { get; private set; } = new();

    /// <summary>Parsed version fields (filled by read sessions).</summary>
    public VersionFieldsCache Fields { get; } = new();

    /// <summary>The verdicts on published versions that read sessions filter their published reads with.</summary>
    public PublishedVersionGuard Guard { get; } = new();

    /// <summary>Filter selectivity (used by every session).</summary>
    public SelectivityCache Selectivity { get; private set; } = new();

    /// <summary>Forgets every count and figure (parsed fields are kept: they cannot go stale), so the next reads ask the database.</summary>
    public void Forget()
    {
        Counts = new ContentCountCache();
        Selectivity = new SelectivityCache();
    }
}
