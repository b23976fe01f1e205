namespace TraumaBondCms.Core.Search;

/// <summary>
/// Parses what people type into a search box: words, <c>"quoted phrases"</c>, prefixes (<c>bond*</c>),
/// exclusions (<c>-word</c>, <c>-"a phrase"</c>) and <c>OR</c> between two clauses. Every string is a valid query:
/// anything that is not well-formed syntax (an unbalanced quote, an operator alone, characters a search engine
/// treats specially, text beyond <see cref="MaxInputLength"/>) is searched as the words it contains. Stop words are
/// kept (see <see cref="SearchQuery.Broaden"/> for where they stop counting). Pure and thread-safe.
/// </summary>
public static class SearchQueryParser
{
    /// <summary>The number of characters of the input that are read; the rest is ignored.</summary>
    public const int MaxInputLength = 512;

    /// <summary>The most clauses a query keeps; later ones are ignored.</summary>
    public const int MaxClauses = 16;

    /// <summary>The most options one <c>OR</c> choice keeps (after synonyms); later ones are ignored.</summary>
    public const int MaxOptions = 16;

    /// <summary>The shortest prefix honoured: <c>ab*</c> would match nearly every document, so it is searched as the word "ab".</summary>
    public const int MinPrefixLength = 3;

    /// <summary>Parses <paramref name="text"/>; <paramref name="synonyms"/> (null for none) expands words and phrases into choices.</summary>
    public static SearchQuery Parse(string text, SynonymTable? synonyms = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clauses = Group(Scan(Cut(text)));
        if (synonyms is not null)
        {
            clauses = synonyms.Expand(clauses);
        }

        var required = new List<SearchNode>();
        var excluded = new List<SearchNode>();
        foreach (var clause in clauses.Take(MaxClauses))
        {
            var options = clause.Options.Distinct().Take(MaxOptions).ToArray();
            if (options.Length > 0)
            {
                (clause.Negated ? excluded : required).Add(options.Length == 1 ? options[0] : new SearchAny(options) { Typed = clause.Typed });
            }
        }

        // Exclusions alone cannot be searched ("everything but X" is not a search a reader means): the words are
        // searched as typed instead.
        return required.Count == 0 ? new SearchQuery(excluded, []) : new SearchQuery(required, excluded);
    }

    private static string Cut(string text) =>
        text.Length <= MaxInputLength ? text : text[..(char.IsHighSurrogate(text[MaxInputLength - 1]) ? MaxInputLength - 1 : MaxInputLength)];

    // Splits the input into clauses and OR markers (null). A chunk is what lies between white space, except that a
    // quote at the start of a chunk opens a phrase running to the next quote, white space included.
    private static List<ParsedClause?> Scan(string text)
    {
        var items = new List<ParsedClause?>();
        var i = 0;
        while (i < text.Length && items.Count < MaxClauses * 4)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var negated = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (negated)
            {
                i++;
            }

            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close > 0)
                {
                    Add(items, SearchText.FoldedWords(text[(i + 1)..close]), prefix: false, negated, quoted: true);
                    i = close + 1;
                    continue;
                }

                // An unbalanced quote is not syntax: the words after it are read as if it were not there.
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var chunk = text[start..i];
            if (chunk == "OR" && !negated)
            {
                items.Add(null);
                continue;
            }

            Add(items, SearchText.FoldedWords(chunk), prefix: chunk.EndsWith('*'), negated, quoted: false);
        }

        return items;
    }

    private static void Add(List<ParsedClause?> items, string[] words, bool prefix, bool negated, bool quoted)
    {
        switch (words.Length)
        {
            case 0:
                return;
            case 1 when quoted:
                // A quoted word is a one-word phrase: synonyms still apply to it, and it is never a stop word to drop.
                items.Add(new ParsedClause([new SearchPhrase(words)], negated, Bare: false));
                return;
            case 1:
                var isPrefix = prefix && words[0].Length >= MinPrefixLength;
                items.Add(new ParsedClause([new SearchTerm(words[0], isPrefix)], negated, Bare: !isPrefix));
                return;
            default:
                // Several words in one chunk (no-contact, can't, 1-800-799-7233) are a phrase, as a search engine reads them.
                items.Add(new ParsedClause([new SearchPhrase(words)], negated, Bare: false));
                return;
        }
    }

    // Joins "a OR b" into one clause with two options. OR at either end, twice in a row, or next to an exclusion
    // joins nothing and is dropped: an operator in the wrong place is not a word the reader was looking for.
    private static List<ParsedClause> Group(List<ParsedClause?> items)
    {
        var clauses = new List<ParsedClause>();
        var joinNext = false;
        foreach (var item in items)
        {
            if (item is null)
            {
                joinNext = clauses.Count > 0 && !clauses[^1].Negated;
                continue;
            }

            if (joinNext && !item.Negated)
            {
                var previous = clauses[^1];
                clauses[^1] = new ParsedClause([.. previous.Options, .. item.Options], Negated: false, Bare: false);
            }
            else
            {
                clauses.Add(item);
            }

            joinNext = false;
        }

        return clauses;
    }
}
