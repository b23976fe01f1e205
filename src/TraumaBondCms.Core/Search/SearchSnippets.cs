namespace TraumaBondCms.Core.Search;

/// <summary>
/// Highlights what a reader searched for in stored text, the way the index matched it: a word matches every word with
/// the same stem in the text's language (<see cref="SearchLanguage"/>), a prefix every word it begins, a phrase its words in a row. The
/// marks are <see cref="SearchHighlight"/>'s markers, so the caller escapes the text with <see cref="SearchHighlight.ToHtml"/>.
/// Stop words are marked only when nothing else was asked for. Made per query; thread-safe once made.
/// </summary>
public sealed class SearchSnippets
{
    private const int MaxMarked = 8;

    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];
    private readonly List<string[]> _phrases = [];

    private readonly SearchLanguage _language;

    private SearchSnippets(SearchLanguage language) => _language = language;

    /// <summary>True when there is nothing to mark.</summary>
    public bool IsEmpty => _stems.Count == 0 && _prefixes.Count == 0 && _phrases.Count == 0;

    /// <summary>What to mark for <paramref name="query"/> in text of <paramref name="language"/> (English when null): its positive words, prefixes and phrases.</summary>
    public static SearchSnippets For(SearchQuery query, SearchLanguage? language = null)
    {
        var snippets = new SearchSnippets(language ?? SearchLanguage.English);
        var leaves = query.Required.SelectMany(r => r.Leaves).Distinct().ToArray();
        var meaningful = leaves.Where(l => !snippets._language.Covers(l)).ToArray();
        foreach (var leaf in (meaningful.Length > 0 ? meaningful : leaves).Take(MaxMarked))
        {
            switch (leaf)
            {
                case SearchTerm { Prefix: true } prefix:
                    snippets._prefixes.Add(prefix.Word);
                    break;
                case SearchTerm term:
                    snippets._stems.Add(snippets._language.Stem(term.Word));
                    break;
                case SearchPhrase { Words.Count: 1 } single:
                    snippets._stems.Add(snippets._language.Stem(single.Words[0]));
                    break;
                case SearchPhrase phrase:
                    snippets._phrases.Add([.. phrase.Words.Select(snippets._language.Stem)]);
                    break;
            }
        }

        return snippets;
    }

    /// <summary>
    /// <paramref name="text"/> with its matches marked: whole, or, with <paramref name="maxWords"/>, the stretch of that many
    /// words with the most matches (an ellipsis where text was cut). Null when nothing in it matches.
    /// </summary>
    public string? Mark(string text, int? maxWords = null)
    {
        if (IsEmpty || text.Length == 0)
        {
            return null;
        }

        var spans = SearchText.WordSpans(text).ToArray();
        var folded = spans.Select(s => SearchText.Fold(text.Substring(s.Start, s.Length))).ToArray();
        var stems = folded.Select(_language.Stem).ToArray();
        var marked = new bool[spans.Length];
        for (var i = 0; i < spans.Length; i++)
        {
            marked[i] |= _stems.Contains(stems[i]) || _prefixes.Any(p => folded[i].StartsWith(p, StringComparison.Ordinal));
            foreach (var phrase in _phrases)
            {
                if (i + phrase.Length <= spans.Length && phrase.Select((w, k) => stems[i + k] == w).All(m => m))
                {
                    Array.Fill(marked, true, i, phrase.Length);
                }
            }
        }

        if (!marked.Any(m => m))
        {
            return null;
        }

        var (from, to) = (0, spans.Length);
        if (maxWords is { } window && spans.Length > window)
        {
            // The window with the most marked words; the earliest among equals.
            var count = marked.Take(window).Count(m => m);
            var (best, bestCount) = (0, count);
            for (var start = 1; start + window <= spans.Length; start++)
            {
                count += (marked[start + window - 1] ? 1 : 0) - (marked[start - 1] ? 1 : 0);
                if (count > bestCount)
                {
                    (best, bestCount) = (start, count);
                }
            }

            (from, to) = (best, best + window);
        }

        var result = new System.Text.StringBuilder();
        var textStart = from == 0 ? 0 : spans[from].Start;
        var textEnd = to == spans.Length ? text.Length : spans[to - 1].Start + spans[to - 1].Length;
        var at = textStart;
        if (from > 0)
        {
            result.Append('…');
        }

        for (var i = from; i < to; i++)
        {
            if (marked[i])
            {
                result.Append(text, at, spans[i].Start - at).Append(SearchHighlight.Start).Append(text, spans[i].Start, spans[i].Length).Append(SearchHighlight.End);
                at = spans[i].Start + spans[i].Length;
            }
        }

        result.Append(text, at, textEnd - at);
        if (to < spans.Length)
        {
            result.Append('…');
        }

        return result.ToString();
    }
}
