namespace TraumaBondCms.Core.Safety;

/// <summary>
/// Says in plain words how a near miss differs from the channel it resembles, for an editor fixing it: "two digits
/// swapped", "one digit different", "a digit missing", "an extra digit" (letters for addresses). Pure and thread-safe.
/// </summary>
public static class TypoDescription
{
    /// <summary>
    /// How <paramref name="found"/> differs from <paramref name="expected"/> (both the identifying characters only: a phone
    /// number's national digits, an address's host); <paramref name="unit"/> is "digit" or "letter". Differences of more than
    /// one edit are "two digits different".
    /// </summary>
    public static string Describe(string found, string expected, string unit)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(expected);
        if (found.Length == expected.Length)
        {
            var differing = Enumerable.Range(0, found.Length).Where(i => found[i] != expected[i]).ToList();
            if (differing.Count == 2 && differing[1] == differing[0] + 1 && found[differing[0]] == expected[differing[1]] && found[differing[1]] == expected[differing[0]])
            {
                return $"two {unit}s swapped";
            }

            if (differing.Count == 1)
            {
                return $"one {unit} different";
            }
        }
        else if (EditDistance.Between(found, expected) == 1)
        {
            return found.Length < expected.Length ? $"a {unit} missing" : $"an extra {unit}";
        }

        return $"two {unit}s different";
    }
}
