using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.Web.GraphQL.Http;

/// <summary>
/// The published snapshot: responses to anonymous requests by request key (method, <c>Accept</c>, and the exact query
/// string or body), each valid only for the schema and content generation it was computed from. A lookup with another
/// generation misses, so invalidation is nothing but the database raising the generation. Bounded by
/// <see cref="ContentGraphQLOptions.ResponseCacheEntries"/> and <see cref="ContentGraphQLOptions.ResponseCacheBytes"/>:
/// when full, outdated entries go first, then the oldest. Thread-safe; lookups take no lock, additions one.
/// </summary>
public sealed class PublishedResponseCache(IOptions<ContentGraphQLOptions> options)
{
    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly object _write = new();
    private long _bytes;

    /// <summary>This cache's name in the <c>cms.cache.lookups</c> metric.</summary>
    public const string CacheName = "graphql.published";

    /// <summary>True when the snapshot is on.</summary>
    public bool Enabled => options.Value.ResponseCacheEntries > 0 && options.Value.ResponseCacheBytes > 0;

    /// <summary>The number of entries held.</summary>
    public int Count => _entries.Count;

    /// <summary>The response for <paramref name="key"/> computed from <paramref name="schema"/> at <paramref name="generation"/>; null when there is none.</summary>
    public CachedResponse? Find(string key, Schema schema, long generation)
    {
        var found = _entries.TryGetValue(key, out var entry) && ReferenceEquals(entry.Schema, schema) && entry.Generation == generation ? entry : null;
        Telemetry.CmsTelemetry.CountLookup(CacheName, found is not null);
        return found;
    }

    /// <summary>Keeps a response, unless it is too large or one of a newer generation is already kept for the key.</summary>
    public void Add(string key, CachedResponse response)
    {
        if (!Enabled || response.Body.Length > options.Value.MaxCachedResponseBytes)
        {
            return;
        }

        lock (_write)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                if (existing.Generation > response.Generation && ReferenceEquals(existing.Schema, response.Schema))
                {
                    return;
                }

                _bytes -= existing.Body.Length;
            }
            else
            {
                _order.Enqueue(key);
            }

            _entries[key] = response;
            _bytes += response.Body.Length;
            if (_entries.Count > options.Value.ResponseCacheEntries || _bytes > options.Value.ResponseCacheBytes)
            {
                Trim(response);
            }
        }
    }

    // Called under the write lock: drop entries of older generations or schemas, then the oldest keys.
    private void Trim(CachedResponse newest)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.Generation < newest.Generation || !ReferenceEquals(entry.Schema, newest.Schema))
            {
                Remove(key);
            }
        }

        while ((_entries.Count > options.Value.ResponseCacheEntries || _bytes > options.Value.ResponseCacheBytes) && _order.TryDequeue(out var oldest))
        {
            Remove(oldest);
        }

        // Keys removed above stay queued; drop them once they outnumber the entries, so the queue stays bounded.
        if (_order.Count > 2 * _entries.Count + 16)
        {
            var live = _order.Where(_entries.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
            _order.Clear();
            live.ForEach(_order.Enqueue);
        }
    }

    private void Remove(string key)
    {
        if (_entries.TryRemove(key, out var removed))
        {
            _bytes -= removed.Body.Length;
        }
    }
}
