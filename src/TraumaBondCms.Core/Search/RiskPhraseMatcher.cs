namespace TraumaBondCms.Core.Search;

/// <summary>
/// Recognizes queries that suggest the person searching may be in danger ("he hits me", "afraid for my life",
/// "suicid*"). A query matches when its folded words contain every word of a risk phrase, consecutively and in order,
/// anywhere in the query, whatever operators or quotes surround them; a phrase ending in <c>*</c> accepts any word
/// starting with its last word. Stop words count here: "he hits me" is not "hits". Immutable and thread-safe.
/// </summary>
public sealed class RiskPhraseMatcher
{
    private readonly (string[] Words, bool Prefix)[] _phrases;

    private RiskPhraseMatcher((string[] Words, bool Prefix)[] phrases) => _phrases = phrases;

    /// <summary>Matches nothing.</summary>
    public static RiskPhraseMatcher None { get; } = new([]);

    /// <summary>The number of usable phrases.</summary>
    public int Count => _phrases.Length;

    /// <summary>Builds a matcher from phrases as configured; phrases without words are ignored.</summary>
    public static RiskPhraseMatcher From(IEnumerable<string> phrases) =>
        new(phrases
            .Select(p => (Words: SearchText.FoldedWords(p), Prefix: p.TrimEnd().EndsWith('*')))
            .Where(p => p.Words.Length > 0)
            .ToArray());

    /// <summary>True when <paramref name="query"/> contains one of the phrases.</summary>
    public bool Matches(string query)
    {
        if (_phrases.Length == 0)
        {
            return false;
        }

        var words = SearchText.FoldedWords(query.Length <= SearchQueryParser.MaxInputLength * 4 ? query : query[..(SearchQueryParser.MaxInputLength * 4)]);
        foreach (var (phrase, prefix) in _phrases)
        {
            for (var start = 0; start + phrase.Length <= words.Length; start++)
            {
                if (MatchesAt(words, start, phrase, prefix))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool MatchesAt(string[] words, int start, string[] phrase, bool prefix)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            var word = words[start + i];
            var last = i == phrase.Length - 1;
            if (!(last && prefix ? word.StartsWith(phrase[i], StringComparison.Ordinal) : word == phrase[i]))
            {
                return false;
            }
        }

        return true;
    }
}
