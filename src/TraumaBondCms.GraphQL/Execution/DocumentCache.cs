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
/// dropped. Entries also keep analysis that depends on the executor's limits, so give each
/// <see cref="GraphQLExecutor"/> its own cache. Thread safe.
/// <para>
/// A hit costs one dictionary lookup and an interlocked clock tick. The lookup hashes a fingerprint of the text (its
/// length and at most <see cref="FingerprintChars"/> characters: all of a short text; the start, the end and evenly
/// spaced characters from a per-process random offset of a long one), then compares the whole text ordinally, which
/// is several times faster than hashing all of it. Texts that differ only between the sampled characters share a
/// fingerprint; so that crafted texts cannot pile up behind one and make lookups slow, at most
/// <see cref="MaxPerFingerprint"/> documents of one fingerprint are kept, and others are prepared afresh each time.
/// </para>
/// </summary>
public sealed class DocumentCache
{
    /// <summary>The most characters of a text that its fingerprint hashes.</summary>
    public const int FingerprintChars = 256;

    /// <summary>The most documents kept whose texts share one fingerprint.</summary>
    public const int MaxPerFingerprint = 4;

    // Where the evenly spaced samples of a long text start within their stride: secret to clients.
    private static readonly int SampleSeed = Random.Shared.Next(int.MaxValue);

    private readonly ConcurrentDictionary<Key, Entry> _entries = new();
    private readonly ConcurrentDictionary<int, int> _perFingerprint = new();
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
        if (_entries.TryGetValue(Key.For(schema, query), out var entry))
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
        var key = Key.For(schema, query);
        if (!Claim(key.Fingerprint))
        {
            return document;
        }

        if (!_entries.TryAdd(key, new Entry(document, Interlocked.Increment(ref _clock))))
        {
            Release(key.Fingerprint);
        }
        else if (Interlocked.Increment(ref _count) > Capacity)
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
            Release(key.Fingerprint);
        }
    }

    // Takes one of a fingerprint's places; false when all are taken.
    private bool Claim(int fingerprint)
    {
        while (true)
        {
            var taken = _perFingerprint.GetValueOrDefault(fingerprint);
            if (taken >= MaxPerFingerprint)
            {
                return false;
            }

            if (taken == 0 ? _perFingerprint.TryAdd(fingerprint, 1) : _perFingerprint.TryUpdate(fingerprint, taken + 1, taken))
            {
                return true;
            }
        }
    }

    private void Release(int fingerprint)
    {
        while (_perFingerprint.TryGetValue(fingerprint, out var taken))
        {
            if (taken <= 1 ? _perFingerprint.TryRemove(KeyValuePair.Create(fingerprint, taken)) : _perFingerprint.TryUpdate(fingerprint, taken - 1, taken))
            {
                return;
            }
        }
    }

    private readonly struct Key : IEquatable<Key>
    {
        private readonly Schema _schema;
        private readonly string _query;

        private Key(Schema schema, string query, int fingerprint)
        {
            _schema = schema;
            _query = query;
            Fingerprint = fingerprint;
        }

        /// <summary>The hash of the schema and the text's fingerprint.</summary>
        public int Fingerprint { get; }

        public static Key For(Schema schema, string query) => new(schema, query, FingerprintOf(schema, query));

        public bool Equals(Key other) => ReferenceEquals(_schema, other._schema) && string.Equals(_query, other._query, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => Fingerprint;

        // HashCode's xxHash32 is seeded per process, so fingerprints cannot be precomputed by a client either.
        private static int FingerprintOf(Schema schema, string query)
        {
            var hash = default(HashCode);
            hash.Add(RuntimeHelpers.GetHashCode(schema));
            hash.Add(query.Length);
            if (query.Length <= FingerprintChars)
            {
                hash.AddBytes(MemoryMarshal.AsBytes(query.AsSpan()));
                return hash.ToHashCode();
            }

            const int Edge = FingerprintChars / 4;
            Span<char> sample = stackalloc char[FingerprintChars];
            query.AsSpan(0, Edge).CopyTo(sample);
            query.AsSpan(query.Length - Edge).CopyTo(sample[Edge..]);
            var middle = query.Length - (2 * Edge);
            var count = FingerprintChars - (2 * Edge);
            var stride = middle / count;
            var start = Edge + (SampleSeed % stride);
            for (var i = 0; i < count; i++)
            {
                sample[(2 * Edge) + i] = query[start + (i * stride)];
            }

            hash.AddBytes(MemoryMarshal.AsBytes(sample));
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
