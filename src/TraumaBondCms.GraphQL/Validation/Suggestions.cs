using System.Text;

namespace TraumaBondCms.GraphQL.Validation;

/// <summary>
/// "Did you mean ...?" hints for unknown names: the known names within a small edit distance of the unknown
/// one (a quarter-plus of its length, case differences counting as one edit), closest first. Thread safe.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>
    /// A sentence such as <c> Did you mean "name" or "nickname"?</c> (with a leading space), or empty when no
    /// candidate is close; <paramref name="prefix"/> is written before each suggested name (e.g. <c>@</c>).
    /// </summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates, string prefix = "")
    {
        var threshold = input.Length * 2 / 5 + 1;
        var matches = new List<(int Distance, string Name)>();
        foreach (var candidate in candidates)
        {
            var distance = Distance(input, candidate, threshold);
            if (distance <= threshold)
            {
                matches.Add((distance, candidate));
            }
        }

        if (matches.Count == 0)
        {
            return "";
        }

        matches.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Name, b.Name));
        var count = Math.Min(matches.Count, MaxSuggestions);
        var text = new StringBuilder(" Did you mean ");
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(count > 2 ? ", " : " ").Append(i == count - 1 ? "or " : "");
            }

            text.Append('"').Append(prefix).Append(matches[i].Name).Append('"');
        }

        return text.Append('?').ToString();
    }

    // Optimal string alignment distance on lower-cased text; names differing only in case are one edit apart.
    // Returns a value above the threshold as soon as the length difference alone exceeds it.
    private static int Distance(string a, string b, int threshold)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 0;
        }

        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (Math.Abs(a.Length - b.Length) > threshold)
        {
            return threshold + 1;
        }

        var x = a.ToLowerInvariant();
        var y = b.ToLowerInvariant();
        var previous2 = new int[y.Length + 1];
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                {
                    best = Math.Min(best, previous2[j - 2] + 1);
                }

                current[j] = best;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[y.Length];
    }
}
