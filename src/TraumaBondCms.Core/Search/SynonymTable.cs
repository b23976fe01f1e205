namespace TraumaBondCms.Core.Search;

/// <summary>
/// Synonym sets applied when a query is parsed: a word or phrase of a set, typed as a phrase or as consecutive words,
/// becomes a choice between every entry of the set (<c>no contact</c> → <c>("no contact" OR nc)</c>). Entries are
/// compared as folded words, so case, accents and punctuation do not matter. Immutable and thread-safe.
/// </summary>
public sealed class SynonymTable
{
    private readonly Dictionary<string, SearchNode[]> _choices;
    private readonly int _longest;

    private SynonymTable(Dictionary<string, SearchNode[]> choices)
    {
        _choices = choices;
        _longest = choices.Count == 0 ? 0 : choices.Keys.Max(k => k.Split(' ').Length);
    }

    /// <summary>No synonyms.</summary>
    public static SynonymTable Empty { get; } = new(new Dictionary<string, SearchNode[]>(StringComparer.Ordinal));

    /// <summary>The number of distinct entries over all sets.</summary>
    public int Count => _choices.Count;

    /// <summary>
    /// Builds a table from sets written as comma-separated entries (<c>"trauma bond, traumatic bonding, trauma bonding"</c>).
    /// Empty entries and sets of fewer than two entries are ignored; an entry in several sets gets the union of them.
    /// </summary>
    public static SynonymTable From(IEnumerable<string> sets)
    {
        var choices = new Dictionary<string, List<SearchNode>>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            var entries = set.Split(',')
                .Select(SearchText.FoldedWords)
                .Where(words => words.Length > 0)
                .DistinctBy(words => string.Join(' ', words))
                .ToArray();
            if (entries.Length < 2)
            {
                continue;
            }

            var nodes = entries.Select(words => words.Length == 1 ? (SearchNode)new SearchTerm(words[0]) : new SearchPhrase(words)).ToArray();
            foreach (var words in entries)
            {
                var key = string.Join(' ', words);
                if (!choices.TryGetValue(key, out var list))
                {
                    choices[key] = list = [];
                }

                list.AddRange(nodes.Where(n => !list.Contains(n)));
            }
        }

        return new SynonymTable(choices.ToDictionary(c => c.Key, c => c.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The choice for a folded entry (<c>"no contact"</c>); null when it is in no set.</summary>
    public IReadOnlyList<SearchNode>? ChoicesFor(string foldedWords) => _choices.TryGetValue(foldedWords, out var nodes) ? nodes : null;

    internal List<ParsedClause> Expand(List<ParsedClause> clauses)
    {
        if (_choices.Count == 0)
        {
            return clauses;
        }

        var expanded = new List<ParsedClause>(clauses.Count);
        var i = 0;
        while (i < clauses.Count)
        {
            // Longest run of bare words first, so "trauma bond" wins over a set that has only "trauma".
            var matched = false;
            for (var length = Math.Min(_longest, clauses.Count - i); length >= 1 && !matched; length--)
            {
                var run = clauses.GetRange(i, length);
                if (run.All(c => c.BareWord is not null && !c.Negated) && ChoicesFor(string.Join(' ', run.Select(c => c.BareWord))) is { } choices)
                {
                    var words = run.Select(c => c.BareWord!).ToArray();
                    expanded.Add(new ParsedClause(choices, Negated: false, Bare: false) { Typed = words.Length == 1 ? new SearchTerm(words[0]) : new SearchPhrase(words) });
                    i += length;
                    matched = true;
                }
            }

            if (!matched)
            {
                var clause = clauses[i++];
                var options = clause.Options.SelectMany(ExpandOption).Distinct().ToArray();
                expanded.Add(clause with { Options = options, Typed = clause.Options.Count == 1 && options.Length > 1 ? clause.Options[0] : clause.Typed });
            }
        }

        return expanded;
    }

    private IEnumerable<SearchNode> ExpandOption(SearchNode option) => option switch
    {
        SearchTerm { Prefix: false } term when ChoicesFor(term.Word) is { } choices => choices,
        SearchPhrase phrase when ChoicesFor(string.Join(' ', phrase.Words)) is { } choices => choices,
        _ => [option],
    };
}
