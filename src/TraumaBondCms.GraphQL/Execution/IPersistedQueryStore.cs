namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// Where persisted query texts are kept by their SHA-256 hash (lowercase hex of the UTF-8 text), for Apollo's
/// <c>persistedQuery</c> request extension. Implementations must be thread safe.
/// </summary>
public interface IPersistedQueryStore
{
    /// <summary>The query text registered under <paramref name="sha256Hash"/> (lowercase hex), or null when none is.</summary>
    ValueTask<string?> GetAsync(string sha256Hash, CancellationToken cancellationToken);

    /// <summary>Registers <paramref name="query"/> under its hash; the caller has checked the hash matches the text.</summary>
    ValueTask RegisterAsync(string sha256Hash, string query, CancellationToken cancellationToken);
}
