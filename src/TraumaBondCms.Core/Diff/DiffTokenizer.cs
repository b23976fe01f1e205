using System.Globalization;
using System.Text;

namespace TraumaBondCms.Core.Diff;

/// <summary>
/// Cuts text into the tokens a diff compares. Tokens are contiguous and cover the text, so a token list is
/// just its boundaries: token <c>i</c> is <c>text[bounds[i]..bounds[i + 1]]</c>.
/// </summary>
internal static class DiffTokenizer
{
    private enum TokenClass
    {
        None,
        Word,
        Space,
        LineBreak,
        Single,
    }

    /// <summary>
    /// Word tokens: runs of letters, digits and combining marks; runs of horizontal white space; each line
    /// break (<c>\r\n</c> is one); and each other grapheme (punctuation, symbols, emoji, CJK ideographs and
    /// kana, which are written without spaces) on its own. Works on grapheme clusters, so a combining accent
    /// or an emoji ZWJ sequence is never split from its base.
    /// </summary>
    public static int[] Words(string text)
    {
        var bounds = new List<int>(text.Length / 3 + 2) { 0 };
        var span = text.AsSpan();
        var previous = TokenClass.None;
        var index = 0;
        while (index < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(span[index..]);
            var current = Classify(span.Slice(index, length));
            // Only words and horizontal white space run on; everything else is a token by itself.
            var continues = current == previous && (current is TokenClass.Word or TokenClass.Space);
            if (!continues && index > 0)
            {
                bounds.Add(index);
            }

            previous = current;
            index += length;
        }

        if (text.Length > 0)
        {
            bounds.Add(text.Length);
        }

        return [.. bounds];
    }

    /// <summary>Line tokens: each line with its terminator (<c>\n</c>, <c>\r\n</c>, <c>\r</c>, NEL, U+2028, U+2029); the last line may have none.</summary>
    public static int[] Lines(string text)
    {
        var bounds = new List<int> { 0 };
        var index = 0;
        while (index < text.Length)
        {
            var c = text[index];
            index++;
            if (c == '\r' && index < text.Length && text[index] == '\n')
            {
                index++;
                bounds.Add(index);
            }
            else if (IsLineBreak(c))
            {
                bounds.Add(index);
            }
        }

        if (bounds[^1] != text.Length)
        {
            bounds.Add(text.Length);
        }

        return [.. bounds];
    }

    /// <summary>True when the text holds a letter, digit or combining mark (the stuff of words).</summary>
    public static bool ContainsWord(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text holds a line break.</summary>
    public static bool ContainsLineBreak(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsLineBreak(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    private static TokenClass Classify(ReadOnlySpan<char> grapheme)
    {
        if (IsLineBreak(grapheme[0]))
        {
            return TokenClass.LineBreak;
        }

        // A lone surrogate decodes as U+FFFD, a symbol: it stays a token of its own and round-trips unchanged.
        Rune.DecodeFromUtf16(grapheme, out var rune, out _);
        if (Rune.IsWhiteSpace(rune))
        {
            return TokenClass.Space;
        }

        return IsWordRune(rune) && !IsUnspacedScript(rune.Value) ? TokenClass.Word : TokenClass.Single;
    }

    private static bool IsWordRune(Rune rune)
    {
        if (Rune.IsLetterOrDigit(rune) || Rune.IsNumber(rune))
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.ConnectorPunctuation;
    }

    // Hiragana, Katakana and the CJK ideograph blocks: these scripts put no spaces between words, so a
    // "word run" would be a whole sentence; one token per character keeps their diffs readable.
    private static bool IsUnspacedScript(int value) =>
        value is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F);
}
