using System.Globalization;
using System.Text;

namespace TraumaBondCms.Core.Search;

/// <summary>
/// The word rules every part of search shares, so that the query parser, the synonym and risk-phrase matchers and
/// both engines cut text into the same words: a word is a run of Unicode letters and digits (combining marks may
/// follow inside a word); everything else (punctuation, hyphens, apostrophes, emoji, symbols) separates words.
/// This is also how SQLite's <c>unicode61</c> tokenizer splits text. Thread-safe.
/// </summary>
public static class SearchText
{
    /// <summary>The longest word kept, in characters; longer runs are cut (no real word is longer, and engines limit word size).</summary>
    public const int MaxWordLength = 64;

    /// <summary>The words of <paramref name="text"/>, as written (case and accents kept), each at most <see cref="MaxWordLength"/> characters.</summary>
    public static List<string> Words(string text) =>
        WordSpans(text).Select(span => text.Substring(span.Start, span.Length)).ToList();

    /// <summary>Where the words of <paramref name="text"/> are: start and length of each (cut to <see cref="MaxWordLength"/> characters), in order.</summary>
    public static IEnumerable<(int Start, int Length)> WordSpans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!StartsWord(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && ContinuesWord(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            var length = i - start;
            yield return (start, length <= MaxWordLength ? length : Cut(text.Substring(start, length), MaxWordLength).Length);
        }
    }

    /// <summary>
    /// A word folded for comparison: lower case (invariant culture) without diacritics (<c>Naïve</c> → <c>naive</c>).
    /// Synonyms, risk phrases, stop words and query words are compared in this form.
    /// </summary>
    public static string Fold(string word)
    {
        var lower = word.ToLowerInvariant();
        if (IsAscii(lower))
        {
            return lower;
        }

        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The folded words of <paramref name="text"/>.</summary>
    public static string[] FoldedWords(string text) => Words(text).Select(Fold).ToArray();

    /// <summary>
    /// Text for an engine whose own parser would cut words differently (PostgreSQL splits e-mail addresses, URLs and
    /// hyphenated words its own way): the words of <paramref name="text"/> separated by single spaces.
    /// </summary>
    public static string ToIndexText(string text) => string.Join(' ', Words(text));

    /// <summary>
    /// A query reduced to what may be counted, never to who typed it: folded words separated by single spaces, at most
    /// <paramref name="maxLength"/> characters. Operators and punctuation are gone, so <c>"No-Contact"!!</c> and
    /// <c>no contact</c> count as one query.
    /// </summary>
    public static string Normalize(string query, int maxLength = 200)
    {
        var normalized = string.Join(' ', FoldedWords(query));
        return normalized.Length <= maxLength ? normalized : Cut(normalized, maxLength).TrimEnd();
    }

    private static bool StartsWord(string text, int i) =>
        CharUnicodeInfo.GetUnicodeCategory(text, i) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static bool ContinuesWord(string text, int i) =>
        StartsWord(text, i) || CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    // Never cuts a surrogate pair in half: a lone surrogate is not valid UTF-8 for either engine.
    private static string Cut(string text, int length) =>
        char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
}
