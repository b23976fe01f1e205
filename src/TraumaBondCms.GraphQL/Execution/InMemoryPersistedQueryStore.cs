using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// Persisted queries in a process-local dictionary. Holds at most <see cref="Capacity"/> client-registered
/// queries (further registrations are ignored, so clients keep sending text); queries added with
/// <see cref="Add"/> at start-up (an allow-list) do not count against it. Thread safe.
/// </summary>
public sealed class InMemoryPersistedQueryStore : IPersistedQueryStore
{
    private readonly ConcurrentDictionary<string, string> _queries = new(StringComparer.Ordinal);
    private int _registered;

    /// <summary>Creates a store accepting up to <paramref name="capacity"/> client registrations.</summary>
    public InMemoryPersistedQueryStore(int capacity = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
    }

    /// <summary>The most queries clients may register.</summary>
    public int Capacity { get; }

    /// <summary>The SHA-256 hash of a query text as the <c>persistedQuery</c> extension carries it: lowercase hex of the UTF-8 bytes.</summary>
    public static string ComputeHash(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
    }

    /// <summary>Registers a query ahead of time (for example an allow-list built with the front ends) and returns its hash.</summary>
    public string Add(string query)
    {
        var hash = ComputeHash(query);
        _queries[hash] = query;
        return hash;
    }

    /// <inheritdoc/>
    public ValueTask<string?> GetAsync(string sha256Hash, CancellationToken cancellationToken) =>
        new(_queries.GetValueOrDefault(sha256Hash));

    /// <inheritdoc/>
    public ValueTask RegisterAsync(string sha256Hash, string query, CancellationToken cancellationToken)
    {
        if (!_queries.ContainsKey(sha256Hash) && Interlocked.Increment(ref _registered) <= Capacity)
        {
            _queries.TryAdd(sha256Hash, query);
        }

        return ValueTask.CompletedTask;
    }
}
