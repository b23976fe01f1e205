namespace TraumaBondCms.Core.Diff;

/// <summary>
/// Gives equal token texts equal integer ids so the diff compares numbers, not strings. One interner per
/// comparison: ids are only meaningful between the sequences it produced. Not thread-safe.
/// </summary>
internal sealed class TokenInterner
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>The id of each token of <paramref name="text"/> cut at <paramref name="bounds"/>.</summary>
    public int[] Intern(string text, int[] bounds)
    {
        // Span lookups: a repeated token ("the", " ") costs no string allocation.
        var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var ids = new int[bounds.Length - 1];
        for (var i = 0; i < ids.Length; i++)
        {
            var token = text.AsSpan(bounds[i], bounds[i + 1] - bounds[i]);
            if (!lookup.TryGetValue(token, out var id))
            {
                id = _ids.Count;
                lookup[token] = id;
            }

            ids[i] = id;
        }

        return ids;
    }

    /// <summary>The id of a whole value (used for list items keyed by their canonical JSON).</summary>
    public int Intern(string value)
    {
        if (!_ids.TryGetValue(value, out var id))
        {
            id = _ids.Count;
            _ids[value] = id;
        }

        return id;
    }
}
