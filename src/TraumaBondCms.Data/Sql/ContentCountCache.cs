using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// Total counts of published lists, each valid for the content generation it was counted at (see
/// <see cref="IContentGenerationRepository"/>): the generation rises in the transaction of every change a published list
/// can see, so a count stored for the current generation is exact. Counting 100,000 published items reads 100,000 index
/// entries; with the cache a list's <c>totalCount</c> costs one row read until the next publish. Only read sessions use it
/// (a write session can see a generation that is later rolled back). At most <see cref="Capacity"/> counts are kept; a
/// full cache starts over. Thread-safe.
/// </summary>
public sealed class ContentCountCache
{
    /// <summary>The most counts kept.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, (long Generation, int Count)> _counts = new(StringComparer.Ordinal);

    /// <summary>The cache key of a count statement with its parameter values.</summary>
    public static string Key(string statement, IEnumerable<(string Name, object? Value)> parameters)
    {
        var key = new StringBuilder(statement);
        foreach (var (name, value) in parameters)
        {
            key.Append('\u001f').Append(name).Append('=').Append(value switch
            {
                null => "null",
                DateTimeOffset time => time.UtcTicks.ToString(CultureInfo.InvariantCulture),
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            });
        }

        return key.ToString();
    }

    /// <summary>The count stored under <paramref name="key"/> for exactly <paramref name="generation"/>, if any.</summary>
    public bool TryGet(string key, long generation, out int count)
    {
        if (_counts.TryGetValue(key, out var entry) && entry.Generation == generation)
        {
            count = entry.Count;
            return true;
        }

        count = 0;
        return false;
    }

    /// <summary>Stores a count made at <paramref name="generation"/>, unless a count of a later generation is already there.</summary>
    public void Set(string key, long generation, int count)
    {
        if (_counts.Count >= Capacity)
        {
            _counts.Clear();
        }

        _counts.AddOrUpdate(key, (generation, count), (_, existing) => existing.Generation > generation ? existing : (generation, count));
    }
}
