using TraumaBondCms.Core.Content;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Content;

/// <summary>
/// The current <see cref="ContentDefinitionCatalog"/>, loaded from the store at start and replaced when a
/// recipe changes definitions. Readers take one snapshot per request. Thread-safe.
/// </summary>
public sealed class ContentDefinitionCache(ICmsStore store)
{
    private volatile ContentDefinitionCatalog _catalog = ContentDefinitionCatalog.Empty;

    /// <summary>Raised after the catalog is replaced (e.g. so the GraphQL schema can be rebuilt).</summary>
    public event Action<ContentDefinitionCatalog>? Changed;

    /// <summary>The current snapshot.</summary>
    public ContentDefinitionCatalog Catalog => _catalog;

    /// <summary>Reloads the definitions from the store.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenReadAsync(cancellationToken);
        Replace(new ContentDefinitionCatalog(await session.Site.GetContentTypesAsync(cancellationToken)));
    }

    /// <summary>Replaces the snapshot with <paramref name="catalog"/> (after the change that produced it has committed).</summary>
    public void Replace(ContentDefinitionCatalog catalog)
    {
        _catalog = catalog;
        Changed?.Invoke(catalog);
    }
}
