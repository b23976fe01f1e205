using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TraumaBondCms.Core.Import;

// Line shapes: small predicates on a single line's text that the other rules share.
public sealed partial class PlainTextArticleImporter
{
    // "Short line" for headings. The brief said about 80; the longest real heading in the seeds is 81 characters
    // ("Intermittent Reinforcement — The Most Powerful Conditioning Known to Psychology").
    private const int MaxHeadingLength = 90;

    // Markers that start a list item even without a following space (they are never ordinary text).
    private const string SymbolBulletMarkers = "•→·▪◦‣●○■□➤➢►▶";

    // Markers that start a list item only when followed by a space ("-5 °C" and "*emphasis*" are text).
    private const string AsciiBulletMarkers = "-*+–";

    // Characters that close a quotation or bracket after the sentence's real last character.
    private const string TrailingClosers = ")]}\"'”’»›";

    /// <summary>
    /// True when the text ends a sentence (. ! … ; , :) once closing quotes and brackets are skipped. A question
    /// mark counts only when <paramref name="questionIsTerminal"/>: headings may be questions ("What Is a Trauma Bond?").
    /// </summary>
    private static bool EndsWithTerminalPunctuation(string text, bool questionIsTerminal)
    {
        var end = text.Length - 1;
        while (end >= 0 && (TrailingClosers.Contains(text[end]) || char.IsWhiteSpace(text[end])))
        {
            end--;
        }

        if (end < 0)
        {
            return false;
        }

        var last = text[end];
        return ".,;:!…。，；：！".Contains(last) || (questionIsTerminal && last is '?' or '？');
    }

    /// <summary>
    /// A heading's shape: short, no sentence-final punctuation (a question mark is allowed), and it starts with a
    /// capital letter or digit (after an optional emoji). Lower-case starts are wrapped sentence fragments ("and").
    /// Whether it really is a heading also depends on what follows; see <c>MarkHeadings</c>.
    /// </summary>
    private static bool IsHeadingShaped(string text)
    {
        if (text.Length == 0 || text.Length > MaxHeadingLength || EndsWithTerminalPunctuation(text, questionIsTerminal: false))
        {
            return false;
        }

        var first = FirstVisibleRune(text, skipEmoji: true);
        if (first is not { } rune)
        {
            return false;
        }

        return Rune.IsDigit(rune) || (Rune.IsLetter(rune) && !Rune.IsLower(rune));
    }

    /// <summary>The first rune that is not white space, an inverted question/exclamation mark or (optionally) an emoji.</summary>
    private static Rune? FirstVisibleRune(string text, bool skipEmoji)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || rune.Value is '¿' or '¡' || (skipEmoji && IsEmojiPart(rune)))
            {
                continue;
            }

            return rune;
        }

        return null;
    }

    /// <summary>True when the text has at least one letter in any script.</summary>
    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the first visible character of the line is an emoji ("🎵 Music", "📱 Follow …").</summary>
    private static bool StartsWithEmoji(string text) =>
        FirstVisibleRune(text, skipEmoji: false) is { } rune && IsEmoji(rune);

    /// <summary>
    /// Pictographic emoji: the supplementary symbol planes and the BMP dingbat/misc-symbol blocks. Narrower than
    /// "any symbol" so "→", "©" and "—" are not mistaken for emoji.
    /// </summary>
    private static bool IsEmoji(Rune rune) =>
        (rune.Value >= 0x1F000 && rune.Value <= 0x1FAFF) || (rune.Value >= 0x2600 && rune.Value <= 0x27BF)
        || (rune.Value >= 0x2B00 && rune.Value <= 0x2BFF && Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol);

    /// <summary>An emoji or one of the joiners/modifiers that glue emoji sequences together.</summary>
    private static bool IsEmojiPart(Rune rune) =>
        IsEmoji(rune) || rune.Value is 0x200D or 0xFE0F or 0x20E3 || (rune.Value >= 0x1F3FB && rune.Value <= 0x1F3FF);

    /// <summary>
    /// Splits a list item into marker and text: "- x", "* x", "+ x", "– x" (space required) or "•x", "→ x"
    /// (space optional). A line that is only a marker yields empty <paramref name="item"/>.
    /// </summary>
    private static bool TrySplitBullet(string text, out string marker, out string item)
    {
        marker = "";
        item = "";
        if (text.Length == 0)
        {
            return false;
        }

        var first = text[0];
        if (SymbolBulletMarkers.Contains(first))
        {
            marker = first.ToString();
            item = text[1..].Trim();
            return true;
        }

        if (text.StartsWith("->", StringComparison.Ordinal) && (text.Length == 2 || text[2] == ' '))
        {
            marker = "->";
            item = text[2..].Trim();
            return true;
        }

        if (AsciiBulletMarkers.Contains(first) && (text.Length == 1 || text[1] == ' ') && !IsSeparatorLine(text))
        {
            marker = first.ToString();
            item = text[1..].Trim();
            return true;
        }

        return false;
    }

    /// <summary>Markdown ATX heading: 1–6 "#" then a space (or nothing); an optional closing "#" run is dropped.</summary>
    private static bool TryParseAtxHeading(string text, out int level, out string headingText)
    {
        level = 0;
        headingText = "";
        while (level < text.Length && text[level] == '#')
        {
            level++;
        }

        if (level is 0 or > 6 || (level < text.Length && text[level] != ' '))
        {
            return false;
        }

        var content = text[level..].Trim();
        var closing = content.Length;
        while (closing > 0 && content[closing - 1] == '#')
        {
            closing--;
        }

        if (closing == 0 || content[closing - 1] == ' ')
        {
            content = content[..closing].TrimEnd();
        }

        headingText = content;
        return true;
    }

    /// <summary>A line of three or more "=" or "-" only: Markdown's setext heading underline.</summary>
    private static bool IsSetextUnderline(string text) =>
        text.Length >= 3 && (text.AsSpan().IndexOfAnyExcept('=') < 0 || text.AsSpan().IndexOfAnyExcept('-') < 0);

    /// <summary>A separator: three or more of the same "-", "*", "_" or "=", optionally spaced ("* * *").</summary>
    private static bool IsSeparatorLine(string text)
    {
        var marker = text[0];
        if (marker is not ('-' or '*' or '_' or '='))
        {
            return false;
        }

        var count = 0;
        foreach (var c in text)
        {
            if (c == marker)
            {
                count++;
            }
            else if (c != ' ')
            {
                return false;
            }
        }

        return count >= 3;
    }

    /// <summary>A numbered line: "1. …" or "2) …" (up to three digits, then a space or the end of the line).</summary>
    [GeneratedRegex(@"^\d{1,3}[.)](?: |$)", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedItemPattern();
}
