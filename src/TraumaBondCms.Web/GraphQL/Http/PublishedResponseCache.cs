using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.Web.GraphQL.Http;

/// <summary>
/// The published snapshot: responses to anonymous requests by request key (method, <c>Accept</c>, and the exact query
/// string or body), each valid only for the schema and content generation it was computed from. A lookup with another
/// generation misses, so invalidation is nothing but the database raising the generation. Bounded by
/// <see cref="ContentGraphQLOptions.ResponseCacheEntries"/>: when full, outdated entries go first, then the oldest. Thread-safe.
/// </summary>
public sealed class PublishedResponseCache(IOptions<ContentGraphQLOptions> options)
{
    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly object _trim = new();

    /// <summary>True when the snapshot is on.</summary>
    public bool Enabled => options.Value.ResponseCacheEntries > 0;

    /// <summary>The number of entries held.</summary>
    public int Count => _entries.Count;

    /// <summary>The response for <paramref name="key"/> computed from <paramref name="schema"/> at <paramref name="generation"/>; null when there is none.</summary>
    public CachedResponse? Find(string key, Schema schema, long generation) =>
        _entries.TryGetValue(key, out var entry) && ReferenceEquals(entry.Schema, schema) && entry.Generation == generation ? entry : null;

    /// <summary>Keeps a response, unless one of a newer generation is already kept for the key.</summary>
    public void Add(string key, CachedResponse response)
    {
        if (!Enabled || response.Body.Length > options.Value.MaxCachedResponseBytes)
        {
            return;
        }

        var added = false;
        _entries.AddOrUpdate(
            key,
            _ =>
            {
                added = true;
                return response;
            },
            (_, existing) => existing.Generation > response.Generation && ReferenceEquals(existing.Schema, response.Schema) ? existing : response);
        if (added)
        {
            _order.Enqueue(key);
            if (_entries.Count > options.Value.ResponseCacheEntries)
            {
                Trim(response.Generation, response.Schema);
            }
        }
    }

    private void Trim(long generation, Schema schema)
    {
        lock (_trim)
        {
            foreach (var (key, entry) in _entries)
            {
                if (entry.Generation < generation || !ReferenceEquals(entry.Schema, schema))
                {
                    _entries.TryRemove(key, out _);
                }
            }

            while (_entries.Count > options.Value.ResponseCacheEntries && _order.TryDequeue(out var oldest))
            {
                _entries.TryRemove(oldest, out _);
            }

            // Keys swept above stay queued; drop them once they outnumber the entries, so the queue stays bounded.
            if (_order.Count > 2 * options.Value.ResponseCacheEntries)
            {
                var live = _order.Where(_entries.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
                _order.Clear();
                live.ForEach(_order.Enqueue);
            }
        }
    }
}
