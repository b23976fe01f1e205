using System.Collections.Concurrent;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// How many rows a list filter matches, counted up to the point where a list stops reading a filter's matches and walks its
/// order instead, kept for <see cref="Lifetime"/>. The figure only chooses between two plans that return the same rows, so
/// one that is a minute old costs at worst a slower plan, never a wrong answer. At most <see cref="Capacity"/> figures are
/// kept; a full cache starts over. Thread-safe.
/// </summary>
public sealed class SelectivityCache
{
    /// <summary>How long a figure is used.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>The most figures kept.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, (long Count, long Expires)> _counts = new(StringComparer.Ordinal);

    /// <summary>The figure kept under <paramref name="key"/> (see <see cref="ContentCountCache.Key"/>), if it has not expired.</summary>
    public bool TryGet(string key, out long count)
    {
        if (_counts.TryGetValue(key, out var entry) && entry.Expires > Environment.TickCount64)
        {
            count = entry.Count;
            return true;
        }

        count = 0;
        return false;
    }

    /// <summary>Keeps a figure for <see cref="Lifetime"/>.</summary>
    public void Set(string key, long count)
    {
        if (_counts.Count >= Capacity)
        {
            _counts.Clear();
        }

        _counts[key] = (count, Environment.TickCount64 + (long)Lifetime.TotalMilliseconds);
    }
}
