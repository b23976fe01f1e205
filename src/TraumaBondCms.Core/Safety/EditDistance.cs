namespace TraumaBondCms.Core.Safety;

/// <summary>
/// The optimal string alignment distance (restricted Damerau-Levenshtein): the number of single-character insertions,
/// deletions, substitutions and transpositions of adjacent characters that turn one string into the other, no
/// substring edited twice. 1-800-797-9233 and 1-800-799-7233 are one transposition apart. Pure and thread-safe.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, compared ordinally.</summary>
    public static int Between(string a, string b)
    {
        // Three rows suffice: a transposition looks back two rows.
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, previous2[j - 2] + 1);
                }

                current[j] = best;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
