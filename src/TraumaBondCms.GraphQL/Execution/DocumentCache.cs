using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// Parsed-and-validated documents by schema and query text, so repeated queries skip parsing and validation.
/// Keyed by the schema instance too: after a schema swap old entries are never hit again and are evicted
/// first. Bounded: when it holds more than <see cref="Capacity"/> entries, the least recently used tenth is
/// dropped. A hit is one dictionary lookup (hashing the query text) and an interlocked clock tick. Entries also keep
/// analysis that depends on the executor's limits, so give each <see cref="GraphQLExecutor"/> its own cache.
/// Thread safe.
/// </summary>
public sealed class DocumentCache
{
    private readonly ConcurrentDictionary<Key, Entry> _entries = new();
    private readonly object _evictionLock = new();
    private long _clock;
    private int _count;

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> documents.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="capacity"/> is less than 1.</exception>
    public DocumentCache(int capacity = 1_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most entries kept.</summary>
    public int Capacity { get; }

    /// <summary>The number of entries held now.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Looks a query up for a schema.</summary>
    public bool TryGet(Schema schema, string query, [NotNullWhen(true)] out PreparedDocument? document)
    {
        if (_entries.TryGetValue(new Key(schema, query), out var entry))
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            document = entry.Document;
            return true;
        }

        document = null;
        return false;
    }

    /// <summary>The cached document, or the one <paramref name="prepare"/> makes, stored for next time.</summary>
    public PreparedDocument GetOrAdd(Schema schema, string query, Func<Schema, string, PreparedDocument> prepare)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(prepare);
        if (TryGet(schema, query, out var cached))
        {
            return cached;
        }

        var document = prepare(schema, query);
        if (_entries.TryAdd(new Key(schema, query), new Entry(document, Interlocked.Increment(ref _clock))) && Interlocked.Increment(ref _count) > Capacity)
        {
            Evict();
        }

        return document;
    }

    /// <summary>Removes every entry.</summary>
    public void Clear()
    {
        lock (_evictionLock)
        {
            foreach (var key in _entries.Keys)
            {
                Remove(key);
            }
        }
    }

    private void Evict()
    {
        lock (_evictionLock)
        {
            var excess = Count - Capacity;
            if (excess <= 0)
            {
                return;
            }

            var victims = _entries
                .OrderBy(pair => pair.Value.LastUsed)
                .Take(excess + (Capacity / 10))
                .Select(pair => pair.Key)
                .ToList();
            foreach (var key in victims)
            {
                Remove(key);
            }
        }
    }

    private void Remove(Key key)
    {
        if (_entries.TryRemove(key, out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    private readonly struct Key(Schema schema, string query) : IEquatable<Key>
    {
        private readonly Schema _schema = schema;
        private readonly string _query = query;

        public bool Equals(Key other) => ReferenceEquals(_schema, other._schema) && string.Equals(_query, other._query, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        // HashCode's seeded xxHash32 over the UTF-16 bytes: several times faster than string hashing (Marvin) on
        // long documents, and as resistant to crafted collisions, being seeded per process.
        public override int GetHashCode()
        {
            var hash = default(HashCode);
            hash.Add(RuntimeHelpers.GetHashCode(_schema));
            hash.AddBytes(MemoryMarshal.AsBytes(_query.AsSpan()));
            return hash.ToHashCode();
        }
    }

    // LastUsed is a tick of the cache's own clock, so recency is exact however fast entries are used.
    private sealed class Entry(PreparedDocument document, long lastUsed)
    {
        public PreparedDocument Document { get; } = document;

        public long LastUsed { get; set; } = lastUsed;
    }
}
