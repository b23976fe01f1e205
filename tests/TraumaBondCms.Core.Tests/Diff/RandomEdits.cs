using System.Text;

namespace TraumaBondCms.Core.Tests.Diff;

/// <summary>
/// Makes real-looking edits to real text with a seeded <see cref="Random"/> (so every run tests the same
/// cases): words inserted, deleted, replaced and swapped; punctuation changed; emoji, combining marks and
/// other scripts inserted; line endings switched between LF and CRLF.
/// </summary>
internal sealed class RandomEdits(int seed)
{
    private static readonly string[] Words =
    [
        "bond", "abuse", "safety", "hotline", "leave", "cycle", "relief", "support", "call", "988",
        "1-800-799-7233", "don't", "you're", "Café", "naïve", "Cafe\u0301", "e\u0301\u0301", "ﬁne",
        "愛", "помощь", "مساعدة", "💜", "🏳️‍🌈", "👩🏽‍⚕️", "🇺🇸", "\u2764\uFE0F",
    ];

    private static readonly string[] Marks = [".", ",", "!", "?", ";", ":", "—", "…", "\"", "'", "(", ")", "&", "<", ">", "*", "#", "\u0301"];

    private static readonly string[] Breaks = ["\n", "\r\n", "\n\n", "\r\n\r\n", " ", "  ", "\t"];

    private readonly Random _random = new(seed);

    /// <summary>A window of 0 to <paramref name="maxLength"/> characters of <paramref name="text"/>, at any offset (even inside a surrogate pair).</summary>
    public string Window(string text, int maxLength)
    {
        var start = _random.Next(text.Length);
        return text.Substring(start, Math.Min(_random.Next(maxLength + 1), text.Length - start));
    }

    /// <summary>Applies 1 to <paramref name="maxEdits"/> random edits to <paramref name="text"/>.</summary>
    public string Apply(string text, int maxEdits)
    {
        var edited = new StringBuilder(text);
        for (var count = _random.Next(1, maxEdits + 1); count > 0; count--)
        {
            EditOnce(edited);
        }

        return edited.ToString();
    }

    private void EditOnce(StringBuilder text)
    {
        var at = _random.Next(text.Length + 1);
        var (wordStart, wordEnd) = WordAround(text, at);
        switch (_random.Next(8))
        {
            case 0:
                text.Insert(at, Pick(Words) + " ");
                break;
            case 1:
                text.Remove(wordStart, wordEnd - wordStart);
                break;
            case 2:
                text.Remove(wordStart, wordEnd - wordStart).Insert(wordStart, Pick(Words));
                break;
            case 3:
                text.Insert(at, Pick(Marks));
                break;
            case 4:
                text.Insert(at, Pick(Breaks));
                break;
            case 5:
                text.Replace("\n", "\r\n", at, text.Length - at);
                break;
            case 6:
                text.Replace("\r\n", "\n", 0, at);
                break;
            default:
                // Swap this word with the next text of the same length: a "moved words" edit.
                var word = text.ToString(wordStart, wordEnd - wordStart);
                var next = text.ToString().IndexOf(' ', wordEnd);
                if (next >= 0 && next + 1 + word.Length <= text.Length)
                {
                    var other = text.ToString(next + 1, word.Length);
                    text.Remove(next + 1, word.Length).Insert(next + 1, word);
                    text.Remove(wordStart, word.Length).Insert(wordStart, other);
                }

                break;
        }
    }

    private static (int Start, int End) WordAround(StringBuilder text, int at)
    {
        int start = at, end = at;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    private string Pick(string[] choices) => choices[_random.Next(choices.Length)];
}
