using System.Collections.Frozen;
using System.Text;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// What makes a password acceptable, after NIST SP 800-63B §5.1.1.2: at least <see cref="MinLength"/> characters (length
/// is what makes guessing slow), and not one an attacker tries first: a common password (<c>common-passwords.txt</c>,
/// shipped in the assembly), a keyboard or counting run, a short pattern repeated, or a word of the context (the user
/// name, display name, site name), even with digits and symbols around it or the usual letter-for-digit swaps. No rules
/// about which kinds of characters to mix. Every refusal says why. Thread-safe.
/// </summary>
public static class PasswordPolicy
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinLength = 12;

    /// <summary>The longest password accepted (a pass phrase fits many times over).</summary>
    public const int MaxLength = 256;

    private static readonly FrozenSet<string> Common = LoadCommonPasswords();

    private static readonly string[] Runs =
    [
        "01234567890123456789", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnmqwertyuiop",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp", "!@#$%^&*()!@#$%^&*()",
    ];

    /// <summary>
    /// Why <paramref name="password"/> is refused for this account, one sentence per reason; empty when it is accepted.
    /// <paramref name="contextWords"/> are the user name, display name and site name (null and empty ones are skipped).
    /// </summary>
    public static IReadOnlyList<string> Problems(string password, params string?[] contextWords)
    {
        if (password.Length < MinLength)
        {
            return [$"A password has at least {MinLength} characters: length is what makes a password slow to guess. A few unrelated words make a long one easy to remember."];
        }

        if (password.Length > MaxLength)
        {
            return [$"A password has at most {MaxLength} characters."];
        }

        var problems = new List<string>();
        var lower = password.ToLowerInvariant();
        var stem = Stem(lower);
        if (Common.Contains(lower) || Common.Contains(stem) || Common.Contains(Unswap(stem)))
        {
            problems.Add("This password is among the most common ones, which are tried first; choose another.");
        }

        if (Runs.Any(run => run.Contains(lower, StringComparison.Ordinal) || Reverse(run).Contains(lower, StringComparison.Ordinal)))
        {
            problems.Add("A run of keys or digits in order (like 123456789012 or qwertyuiopas) is tried first; choose another.");
        }
        else if (IsRepeated(lower))
        {
            problems.Add("A short pattern repeated (like abcabcabcabc) is tried first; choose another.");
        }

        foreach (var word in Words(contextWords))
        {
            if (stem == word || Unswap(stem) == word || Unswap(stem) == Letters(word))
            {
                problems.Add("A password made of your user name, your name or the site's name is tried first; choose another.");
                break;
            }
        }

        return problems;
    }

    // The part between leading and trailing digits, symbols and spaces: "!!Password2024" -> "password".
    private static string Stem(string lower)
    {
        var start = 0;
        var end = lower.Length;
        while (start < end && !char.IsLetter(lower[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetter(lower[end - 1]))
        {
            end--;
        }

        return lower[start..end];
    }

    // The usual swaps of letters for look-alike digits and symbols: "p@ssw0rd" -> "password".
    private static string Unswap(string text)
    {
        var swapped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            swapped.Append(c switch { '@' or '4' => 'a', '0' => 'o', '1' or '!' => 'i', '3' => 'e', '$' or '5' => 's', '7' or '+' => 't', _ => c });
        }

        return swapped.ToString();
    }

    private static string Letters(string text) => new(text.Where(char.IsLetter).ToArray());

    // The whole password is one piece of up to 6 characters written again and again.
    private static bool IsRepeated(string text)
    {
        for (var size = 1; size <= 6 && size < text.Length; size++)
        {
            var piece = text.AsSpan(0, size);
            var repeated = true;
            for (var i = size; i < text.Length && repeated; i++)
            {
                repeated = text[i] == piece[i % size];
            }

            if (repeated)
            {
                return true;
            }
        }

        return false;
    }

    private static string Reverse(string text) => new(text.Reverse().ToArray());

    // Each context word as typed and without spaces, and each of its parts of four letters or more ("TraumaBond Library" ->
    // "traumabond library", "traumabondlibrary", "traumabond", "library").
    private static IEnumerable<string> Words(string?[] contextWords)
    {
        foreach (var word in contextWords)
        {
            if (string.IsNullOrWhiteSpace(word))
            {
                continue;
            }

            var lower = word.Trim().ToLowerInvariant();
            yield return lower;
            yield return lower.Replace(" ", string.Empty, StringComparison.Ordinal);
            foreach (var part in lower.Split([' ', '.', '-', '_', '@'], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 4))
            {
                yield return part;
            }
        }
    }

    private static FrozenSet<string> LoadCommonPasswords()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("TraumaBondCms.Web.Auth.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim().ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
