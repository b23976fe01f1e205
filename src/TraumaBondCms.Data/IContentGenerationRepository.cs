namespace TraumaBondCms.Data;

/// <summary>
/// The content generation: a number the database itself raises (by triggers, in the transaction of the change)
/// whenever anything an anonymous reader can see may have changed: a version published or unpublished, a published
/// version's flags or status, an item deleted, an approval signed or voided. Caches of published content tag what
/// they hold with the generation it was read at, and trust it only while the generation is unchanged.
/// </summary>
public interface IContentGenerationRepository
{
    /// <summary>The generation as of the session's snapshot.</summary>
    Task<long> GetAsync(CancellationToken cancellationToken = default);
}
