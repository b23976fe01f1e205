using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data.Search.Lucene;

/// <summary>
/// Turns a parsed <see cref="SearchQuery"/> into the Lucene query that ranks it. Each word or phrase is looked for in the
/// title, tags, summary and body (the best field counts, boosted title &gt; tags &gt; summary &gt; body, others add a
/// little). Meaningful words are optional clauses (an item needs one, two of four, half of more), ranked by BM25 with a
/// coverage factor (<see cref="CoverageSimilarity"/>); a meaningful phrase is required; stop words only rank when
/// nothing else was typed; exclusions exclude. Words are read in one language (its stems and stop words), the language of
/// the documents the query runs against. User text only ever becomes terms, never query syntax. Thread-safe.
/// </summary>
internal static class LuceneQueryBuilder
{
    /// <summary>The text fields and their boosts.</summary>
    public static readonly (string Field, float Boost)[] Fields = [("title", 5f), ("tags", 2.5f), ("summary", 1.6f), ("body", 1f)];

    private const float TitlePrefixBoost = 2f;
    private const float TypedBoost = 1.5f;
    private const float TieBreaker = 0.25f;

    /// <summary>The ranking query, and the meaningful clauses a hit may match only some of (for <see cref="SearchHit.Partial"/>); null when nothing is searchable.</summary>
    public static (Query Ranking, IReadOnlyList<Query> Clauses)? Build(SearchQuery query, bool lastWordIsPrefix, SearchAnalysis.LanguageAnalysis language)
    {
        var optional = new List<Query>();
        var required = new List<Query>();
        var stopWords = new List<Query>();
        for (var i = 0; i < query.Required.Count; i++)
        {
            var node = query.Required[i];
            var built = Node(node, lastWordIsPrefix && i == query.Required.Count - 1, language);
            if (built is null)
            {
                continue;
            }

            if (node.Leaves.All(language.Language.Covers))
            {
                stopWords.Add(built);
            }
            else if (node is SearchPhrase { Words.Count: > 1 })
            {
                required.Add(built);
            }
            else
            {
                optional.Add(built);
            }
        }

        if (optional.Count == 0 && required.Count == 0)
        {
            // Only stop words were typed ("why is it"): they are what was asked for.
            required.AddRange(stopWords);
        }

        if (optional.Count == 0 && required.Count == 0)
        {
            return null;
        }

        var ranking = new BooleanQuery();
        foreach (var clause in required)
        {
            ranking.Add(clause, Occur.MUST);
        }

        foreach (var clause in optional)
        {
            ranking.Add(clause, Occur.SHOULD);
        }

        if (required.Count == 0)
        {
            ranking.MinimumNumberShouldMatch = optional.Count switch { <= 3 => 1, 4 => 2, var n => (n + 1) / 2 };
        }

        foreach (var excluded in query.Excluded)
        {
            if (Node(excluded, false, language) is { } q)
            {
                ranking.Add(q, Occur.MUST_NOT);
            }
        }

        return (ranking, [.. required, .. optional]);
    }

    /// <summary>The stems a word of the text fields is indexed under in <paramref name="language"/> (empty when it has none).</summary>
    public static IReadOnlyList<string> Stems(string text, SearchAnalysis.LanguageAnalysis language) => Tokens(language.QueryWord, text).Select(t => t.Term).ToArray();

    private static Query? Node(SearchNode node, bool prefixToo, SearchAnalysis.LanguageAnalysis language) => node switch
    {
        SearchTerm { Prefix: true } term => Prefix(term.Word),
        SearchTerm term => Word(term.Word, prefixToo, language),
        SearchPhrase phrase => Phrase(phrase.Words, language),
        SearchAny any => Any(any, language),
        SearchAll all => All(all, language),
        _ => null,
    };

    private static Query? Any(SearchAny any, SearchAnalysis.LanguageAnalysis language)
    {
        // Synonyms are alternatives: no coverage factor among them, and the reader's own word ranks above the others.
        var choice = new BooleanQuery(disableCoord: true);
        foreach (var option in any.Options)
        {
            if (Node(option, false, language) is { } q)
            {
                if (option == any.Typed)
                {
                    q.Boost *= TypedBoost;
                }

                choice.Add(q, Occur.SHOULD);
            }
        }

        return choice.Clauses.Count == 0 ? null : choice;
    }

    private static Query? All(SearchAll all, SearchAnalysis.LanguageAnalysis language)
    {
        var every = new BooleanQuery(disableCoord: true);
        foreach (var clause in all.Clauses)
        {
            if (Node(clause, false, language) is not { } q)
            {
                return null;
            }

            every.Add(q, Occur.MUST);
        }

        return every;
    }

    private static Query? Word(string word, bool prefixToo, SearchAnalysis.LanguageAnalysis language)
    {
        var stems = Stems(word, language);
        if (stems.Count == 0)
        {
            return null;
        }

        var best = AcrossFields(field => stems.Count == 1 ? new TermQuery(new Term(field, stems[0])) : PhraseOf(field, Tokens(language.QueryWord, word)));
        if (prefixToo && word.Length >= 2 && !language.Language.IsStopWord(word))
        {
            best.Add(new TermQuery(new Term(SearchAnalysis.TitlePrefixField, Folded(word))) { Boost = TitlePrefixBoost });
        }

        return best;
    }

    private static Query? Prefix(string word)
    {
        var folded = Folded(word);
        if (folded.Length == 0)
        {
            return null;
        }

        // The beginnings of title words are indexed (ranked by BM25); in the other fields a prefix matches any word it
        // begins, unranked, which is all a prefix can say there.
        var best = new DisjunctionMaxQuery(TieBreaker) { new TermQuery(new Term(SearchAnalysis.TitlePrefixField, folded)) { Boost = TitlePrefixBoost * 2 } };
        foreach (var (field, boost) in Fields.Skip(1))
        {
            best.Add(new PrefixQuery(new Term(field, folded)) { Boost = boost * 0.5f });
        }

        return best;
    }

    private static Query? Phrase(IReadOnlyList<string> words, SearchAnalysis.LanguageAnalysis language)
    {
        var text = string.Join(' ', words);
        var tokens = Tokens(language.QueryPhrase, text);
        return tokens.Count == 0 ? null : AcrossFields(field => PhraseOf(field, tokens));
    }

    private static Query PhraseOf(string field, IReadOnlyList<(string Term, int Position)> tokens)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term));
        }

        var phrase = new PhraseQuery();
        foreach (var (term, position) in tokens)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    private static DisjunctionMaxQuery AcrossFields(Func<string, Query> perField)
    {
        var best = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, boost) in Fields)
        {
            var q = perField(field);
            q.Boost = boost;
            best.Add(q);
        }

        return best;
    }

    private static string Folded(string word) => Tokens(SearchAnalysis.Words, word).Select(t => t.Term).FirstOrDefault() ?? "";

    private static List<(string Term, int Position)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("q", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), Math.Max(position, 0)));
        }

        stream.End();
        return tokens;
    }
}
