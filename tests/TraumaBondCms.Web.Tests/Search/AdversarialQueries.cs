using System.Text;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary>
/// Deterministic random query strings, half plausible and half hostile: library words with every operator of the query
/// language in every wrong place, FTS5 and tsquery syntax, SQL, quotes, lone surrogates, combining marks, control and
/// private-use characters, right-to-left and zero-width text, emoji, and very long input.
/// </summary>
public sealed class AdversarialQueries(int seed)
{
    private static readonly string[] Words =
    [
        "trauma", "bond", "bonding", "leave", "leaving", "no", "contact", "gaslighting", "gaslit", "hotline", "helpline", "abuse",
        "cycle", "safety", "plan", "miss", "why", "can't", "I", "codependency", "intermittent", "reinforcement", "988", "text",
        "he", "hits", "me", "afraid", "life", "suicide", "self-harm", "naïve", "café", "日本語", "NC", "DV", "the", "a", "of",
    ];

    private static readonly string[] Syntax =
    [
        "\"", "\"\"", "-", "--", "*", "**", "OR", "AND", "NOT", "NEAR", "NEAR(", ")", "(", "^", ":", "title:", "body:", "{", "}", "+",
        ",", ".", "!", "&", "|", "<->", "<2>", ":*", "'", "''", "\\", "%", "_", ";", "--", "/*", "*/", "DROP TABLE search_documents;",
        "' OR 1=1 --", "\u0000", "\u0007", "\uE000", "\uE001", "\uE002", "\uFEFF", "\u200B", "\u200F", "\u202E", "\uD83D", "\uDC94",
        "\uD83D\uDC94", "\u0301", "e\u0301", "\uFFFF", "\u00A0", "\t", "\n", "<script>", "&lt;", "%00", "%27",
    ];

    private readonly Random _random = new(seed);

    /// <summary>The next query.</summary>
    public string Next()
    {
        return _random.Next(20) switch
        {
            0 or 1 => RandomUnicode(_random.Next(1, 40)),
            2 => string.Concat(Enumerable.Range(0, _random.Next(50, 400)).Select(_ => Pick(Words) + " ")),
            3 or 4 => new string(Pick(Syntax)[0], _random.Next(1, 300)),
            _ => Mixed(_random.Next(1, 12)),
        };
    }

    private string Mixed(int parts)
    {
        var text = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            var part = _random.Next(3) == 0 ? Pick(Syntax) : Pick(Words);
            text.Append(part);
            if (_random.Next(3) != 0)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    private string RandomUnicode(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            // Any UTF-16 code unit, lone surrogates included: the worst a client can send once decoded.
            text.Append((char)_random.Next(0, 0x10000));
        }

        return text.ToString();
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
