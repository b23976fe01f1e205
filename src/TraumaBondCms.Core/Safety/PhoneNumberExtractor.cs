using System.Text.RegularExpressions;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// Finds telephone numbers in plain text and decides which look like helplines. A number is a run of 3 to 15 digits,
/// optionally after <c>+</c>, in groups joined by one space, hyphen, dot or dash or by parentheses
/// (<c>1-800-799-7233</c>, <c>(800) 799-7233</c>, <c>0808 2000 247</c>, <c>988</c>). Runs that are parts of words,
/// amounts, times, dates, percentages, fractions (<c>24/7</c>) or compounds (<c>20-minute</c>), and lone years, are not
/// numbers.
/// </summary>
/// <remarks>
/// A number <b>looks like a helpline</b> when it is toll-free (see <see cref="PhoneNumberKey.IsTollFree"/>), or when a
/// context word — hotline, helpline, lifeline, crisis, call, text, txt, SMS, dial, phone, telephone, ring, freephone,
/// toll-free — appears in the same block within 60 characters before it or 40 after it. That covers short codes
/// ("text START to 88788", "call 988") and ordinary numbers given as a way to get help, and leaves statistics, ages and
/// reference numbers alone. Vanity numbers, a toll-free prefix followed by seven keypad letters and digits with at
/// least one capital letter (<c>1-800-799-SAFE</c>, <c>1-800-SAFE-LNE</c>), are found too and compared by their keypad
/// digits (see <see cref="PhoneNumberKey.KeypadDigits"/>). Pure and thread-safe.
/// </remarks>
public static partial class PhoneNumberExtractor
{
    private const int ContextBefore = 60;
    private const int ContextAfter = 40;
    private const int MinDigits = 3;
    private const int MaxDigits = 15;

    [GeneratedRegex(@"\b(hotline|helpline|lifeline|crisis|call|calls|calling|text|texting|txt|sms|dial|phone|telephone|ring|freephone|toll-free|tollfree)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContextWord();

    // A NANP or international toll-free prefix, then seven keypad characters (capitals and digits, at least one capital)
    // in groups of 3+4, 4+3 or 7: the capitals keep ordinary words ("1-800-call-now") from counting.
    [GeneratedRegex(@"(?<![\w+])(?:\+?1[ \-.\u2010-\u2013]?)?\(?8(?:00|33|44|55|66|77|88)\)?[ \-.\u2010-\u2013]?(?=[0-9 \-.]{0,7}[A-Z])(?:[A-Z0-9]{3}[ \-.]?[A-Z0-9]{4}|[A-Z0-9]{4}[ \-.]?[A-Z0-9]{3})(?![\w])")]
    private static partial Regex VanityNumber();

    /// <summary>Every number in <paramref name="text"/> (one block: numbers never span lines), in order.</summary>
    public static IReadOnlyList<PhoneCandidate> Extract(string field, string text)
    {
        var found = new List<PhoneCandidate>();
        var vanity = VanityNumber().Matches(text).ToList();
        var i = 0;
        while (i < text.Length)
        {
            if (vanity.FirstOrDefault(v => v.Index == i) is { } spelled)
            {
                var key = PhoneNumberKey.Parse(spelled.Value);
                found.Add(new PhoneCandidate(field, spelled.Value, key, Classify(text, i, i + spelled.Length, key)));
                i += spelled.Length;
                continue;
            }

            if (!StartsNumber(text, i))
            {
                i++;
                continue;
            }

            var groups = ReadGroups(text, i);
            var end = groups[^1].End;
            if (Trim(text, groups) && IsStandalone(text, i) && !(text[i] != '+' && AreYears(text, groups)))
            {
                // "(1-800-799-7233)": the parenthesis opens an aside, not an area code, when it is not closed inside the number.
                var start = text[i] == '(' && !text.AsSpan(i, groups[^1].End - i).Contains(')') ? i + 1 : i;
                var number = text[start..groups[^1].End];
                var key = PhoneNumberKey.Parse(number);
                found.Add(new PhoneCandidate(field, number, key, Classify(text, start, groups[^1].End, key)));

                // Groups trimmed off the end may start the next number ("1-800-799-7233 988").
                end = groups[^1].End;
            }

            i = end;
        }

        return found;
    }

    private static bool StartsNumber(string text, int i) =>
        char.IsAsciiDigit(text[i]) || (text[i] is '+' or '(' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]));

    // Digit groups and the separators between them: one space, hyphen, dot or dash, optionally with a parenthesis on
    // either side ("(800) 799", "800)-799"). ". " ends a sentence, so it never joins groups.
    [GeneratedRegex(@"\G\)?[ \-.\u00A0\u2010-\u2013]?\(?")]
    private static partial Regex Separator();

    private static List<(int Start, int End)> ReadGroups(string text, int i)
    {
        var groups = new List<(int Start, int End)>();
        var j = text[i] == '+' ? i + 1 : i;
        while (j < text.Length)
        {
            var k = groups.Count > 0 || text[j] == '(' ? j + Separator().Match(text, j).Length : j;
            var start = k;
            while (k < text.Length && char.IsAsciiDigit(text[k]))
            {
                k++;
            }

            if (k == start)
            {
                break;
            }

            groups.Add((start, k));
            j = k;
        }

        return groups;
    }

    // Drops trailing groups that belong to the next words ("call 988 24/7", "1-800-799-7233 24 hours"); false when
    // nothing number-like is left.
    private static bool Trim(string text, List<(int Start, int End)> groups)
    {
        while (groups.Count > 1)
        {
            var last = groups[^1];
            var before = groups.Take(groups.Count - 1).Sum(g => g.End - g.Start);
            var joinedBySpace = text[groups[^2].End..last.Start].Contains(' ', StringComparison.Ordinal);
            if (BadFollower(text, last.End) || (joinedBySpace && before >= 10) || before + (last.End - last.Start) > MaxDigits)
            {
                groups.RemoveAt(groups.Count - 1);
                continue;
            }

            break;
        }

        var digits = groups.Sum(g => g.End - g.Start);
        return digits is >= MinDigits and <= MaxDigits && !BadFollower(text, groups[^1].End);
    }

    // What may not touch a number's end: letters (1st, 5km), '%', '/' (24/7), ':' (09:00), a hyphen before a letter
    // (20-minute), a decimal or thousands separator before a digit (3.5, 1,000).
    private static bool BadFollower(string text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var next = text[end];
        var after = end + 1 < text.Length ? text[end + 1] : '\0';
        return char.IsLetter(next) || next is '%' or '/' or ':' or '_' or '\u00B0'
            || (next is '-' or '\u2010' or '\u2011' && char.IsLetter(after))
            || (next is '.' or ',' && char.IsAsciiDigit(after));
    }

    private static bool IsStandalone(string text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        var previous = text[start - 1];
        var beforePrevious = start >= 2 ? text[start - 2] : '\0';
        return !(char.IsLetterOrDigit(previous) || previous is '/' or ':' or '$' or '€' or '£' or '#' or '_' or '+'
            || (previous is '.' or ',' && char.IsAsciiDigit(beforePrevious)));
    }

    // "in 2019", "1990-2000": years, however they are joined.
    private static bool AreYears(string text, List<(int Start, int End)> groups) =>
        groups.All(g => g.End - g.Start == 4 && int.Parse(text.AsSpan(g.Start, 4), System.Globalization.CultureInfo.InvariantCulture) is >= 1900 and <= 2099);

    private static string? Classify(string text, int start, int end, PhoneNumberKey key)
    {
        if (key.IsTollFree)
        {
            return "toll-free number";
        }

        var windowStart = Math.Max(0, start - ContextBefore);
        var before = ContextWord().Matches(text[windowStart..start]).LastOrDefault();
        var after = ContextWord().Match(text[end..Math.Min(text.Length, end + ContextAfter)]);
        var word = before?.Value ?? (after.Success ? after.Value : null);
        if (word is null)
        {
            return null;
        }

        return key.IsShortCode ? $"short code near '{word.ToLowerInvariant()}'" : $"number near '{word.ToLowerInvariant()}'";
    }
}
