using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data;

/// <summary>
/// Content items and their versions. Reads never return versions of deleted items except through
/// <see cref="GetItemAsync"/> and <see cref="GetVersionsAsync"/>, which report deletion. Writes keep the
/// invariants: at most one latest and one published version per item; slugs unique per type and culture among the
/// latest and published versions of live items (<see cref="DuplicateSlugException"/> otherwise). An item's culture,
/// localization set and translation source are fixed when it is created; its versions carry them.
/// </summary>
public interface IContentRepository
{
    /// <summary>The item-level record, deleted or not; null when the id was never used.</summary>
    Task<ContentItemRecord?> GetItemAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>The selected version of a live item; null when the item or that version does not exist or the item is deleted.</summary>
    Task<ContentItem?> GetAsync(string contentItemId, VersionSelector selector, CancellationToken cancellationToken = default);

    /// <summary>The selected version (latest or published only) of each live item among <paramref name="contentItemIds"/> that has one.</summary>
    Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<string> contentItemIds, VersionSelector selector, CancellationToken cancellationToken = default);

    /// <summary>Every version of an item, oldest first; empty when the id was never used.</summary>
    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The selected version (latest or published only) of every live item of each localization set of
    /// <paramref name="localizationSets"/>: an item and its translations, by set, in culture order.
    /// </summary>
    Task<IReadOnlyList<ContentItem>> GetLocalizationSetsAsync(IReadOnlyCollection<string> localizationSets, VersionSelector selector, CancellationToken cancellationToken = default);

    /// <summary>The ids of the live items translated from <paramref name="contentItemId"/>, in id order.</summary>
    Task<IReadOnlyList<string>> GetTranslationIdsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Runs a list query.</summary>
    Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each slug of <paramref name="slugs"/> held by a live item of <paramref name="contentType"/> in one of
    /// <paramref name="cultures"/> (null: in any culture), the id of that item; where several cultures hold a slug, the
    /// holder in the culture listed first (in any culture: the first culture name).
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> FindBySlugsAsync(string contentType, IReadOnlyCollection<string> slugs, IReadOnlyList<string>? cultures = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates an item with its first version, which must be latest and unpublished (<see cref="ArgumentException"/> otherwise); writes its index rows, slug and, when
    /// <paramref name="search"/> is given, its search document (null: the version cannot be found by search).
    /// </summary>
    Task CreateAsync(ContentItem firstVersion, IReadOnlyList<IndexedFieldValue> index, SearchDocument? search = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a new latest, unpublished version (<see cref="ArgumentException"/> otherwise); the previous latest loses the flag (and its index rows unless it is published). The
    /// search indexes follow the flags; <paramref name="search"/> is the new version's search document (null for none).
    /// </summary>
    Task AddVersionAsync(ContentItem version, IReadOnlyList<IndexedFieldValue> index, SearchDocument? search = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes new items in bulk, each with all its versions, in a few multi-row statements per few hundred rows instead of
    /// several statements per version (site imports, seeding). The result is what <see cref="CreateAsync"/>,
    /// <see cref="AddVersionAsync"/> and <see cref="PublishAsync"/> would have stored: an item's versions share its type,
    /// owner and creation time; exactly one is latest and at most one published (with its publication time); index rows
    /// and slugs are kept for those two only. It writes published versions without the publication gate's signature check,
    /// so it is for seeding benchmarks and tests and for migrations of data already reviewed: the application never calls
    /// it (a test of its publish paths asserts that). Throws <see cref="ArgumentException"/> for versions that break these rules
    /// and <see cref="DuplicateSlugException"/>, before writing anything, when a slug is taken; an item that already
    /// exists makes the database refuse the write.
    /// </summary>
    Task ImportAsync(IReadOnlyList<ContentImport> versions, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes <paramref name="contentItemVersionId"/> the published version at <paramref name="publishedUtc"/>; the previous
    /// published version loses the flag. The application's one way to make a version visible to readers: callers check first that a
    /// verified clinical signature covers its exact hash (the Web layer's publication gate).
    /// </summary>
    Task PublishAsync(string contentItemId, string contentItemVersionId, DateTimeOffset publishedUtc, CancellationToken cancellationToken = default);

    /// <summary>Clears the published flag of the item's published version, if any.</summary>
    Task UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Soft-deletes an item: it disappears from reads and releases its slugs; its versions are kept.</summary>
    Task DeleteAsync(string contentItemId, string deletedBy, DateTimeOffset deletedUtc, CancellationToken cancellationToken = default);
}
