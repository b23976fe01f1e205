using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data.Search.Lucene;

/// <summary>Searching: one pass ranks, filters and counts every match; then the page's hits are read and checked for partial matches.</summary>
public sealed partial class LuceneSearchEngine
{
    private const int MaxCorrectionCandidates = 50;

    /// <inheritdoc />
    public SearchPage Search(SearchRequest request)
    {
        if (request.Query.IsEmpty || Build(request) is not { } built)
        {
            return SearchPage.Empty;
        }

        var query = built.Ranking;
        if (request.ExcludedItems is { Count: > 0 } excluded)
        {
            var withExclusions = new BooleanQuery(disableCoord: true) { { query, Occur.MUST } };
            foreach (var id in excluded.Distinct(StringComparer.Ordinal))
            {
                withExclusions.Add(new TermQuery(new Term(ItemField, id)), Occur.MUST_NOT);
            }

            query = withExclusions;
        }

        var first = Math.Clamp(request.First, 1, SearchRequest.MaxPageSize);
        var searcher = _searchers.Acquire();
        try
        {
            // Sort values are J2N's boxed numbers, as Lucene.Net's comparers read them.
            var after = request.After is { } position
                ? new FieldDoc(int.MaxValue, (float)position.Score, [J2N.Numerics.Single.GetInstance((float)position.Score), J2N.Numerics.Int64.GetInstance(position.DocumentId)])
                : null;
            var top = TopFieldCollector.Create(Ranking, first + 1, after, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            var collector = new FacetingCollector(top, request.ContentTypes, request.Topics, request.IncludeFacets);
            searcher.Search(query, request.Scope == SearchScope.Public ? _public : _editorial, collector);
            collector.Finish();
            var docs = top.GetTopDocs().ScoreDocs;
            var page = docs.Take(first).ToArray();
            var stored = page.Select(d => searcher.Doc(d.Doc, HitFields)).ToArray();
            var partial = new bool[page.Length];
            foreach (var (language, clauses) in built.Clauses)
            {
                // Each hit is checked against the words of its own language.
                var ofLanguage = Enumerable.Range(0, page.Length).Where(i => built.Clauses.Count == 1 || SearchLanguage.For(stored[i].Get(CultureField)) == language).ToArray();
                var found = PartialMatches(searcher, clauses, [.. ofLanguage.Select(i => page[i])]);
                for (var k = 0; k < ofLanguage.Length; k++)
                {
                    partial[ofLanguage[k]] = found[k];
                }
            }

            var hits = page.Select((d, i) => Hit(stored[i], d, partial[i])).ToArray();
            return new SearchPage(
                hits,
                docs.Length > first,
                collector.Total,
                request.IncludeFacets ? Ordered(collector.TypeCounts) : null,
                request.IncludeFacets ? Ordered(collector.TopicCounts) : null);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    // The ranking query: without cultures, the query read as English over every document; with them, one query per language
    // of the reader's chain, each limited to its cultures (and, collapsing, to documents whose set has none in a culture the
    // reader prefers), combined.
    private static (Query Ranking, IReadOnlyList<(SearchLanguage Language, IReadOnlyList<Query> Clauses)> Clauses)? Build(SearchRequest request)
    {
        if (request.Cultures is null)
        {
            return LuceneQueryBuilder.Build(request.Query, request.LastWordIsPrefix, SearchAnalysis.English) is { } english
                ? (english.Ranking, [(SearchLanguage.English, english.Clauses)])
                : null;
        }

        var chain = request.Cultures.Distinct(StringComparer.Ordinal).ToList();
        var siblings = request.Scope == SearchScope.Public ? PublicSiblingsField : EditorialSiblingsField;
        var combined = new BooleanQuery(disableCoord: true);
        var clauses = new List<(SearchLanguage, IReadOnlyList<Query>)>();
        foreach (var group in chain.Select((culture, rank) => (culture, rank)).GroupBy(c => SearchLanguage.For(c.culture)))
        {
            if (LuceneQueryBuilder.Build(request.Query, request.LastWordIsPrefix, SearchAnalysis.For(group.Key)) is not { } built)
            {
                continue;
            }

            var cultures = new BooleanQuery(disableCoord: true);
            foreach (var (culture, rank) in group)
            {
                var inCulture = new BooleanQuery(disableCoord: true) { { new TermQuery(new Term(CultureField, culture)), Occur.MUST } };
                foreach (var preferred in request.CollapseCultures ? chain.Take(rank) : [])
                {
                    inCulture.Add(new TermQuery(new Term(siblings, preferred)), Occur.MUST_NOT);
                }

                cultures.Add(inCulture, Occur.SHOULD);
            }

            combined.Add(new FilteredQuery(built.Ranking, new QueryWrapperFilter(cultures)), Occur.SHOULD);
            clauses.Add((group.Key, built.Clauses));
        }

        return clauses.Count == 0 ? null : (combined, clauses);
    }

    /// <inheritdoc />
    public IReadOnlyList<string>? Correct(IReadOnlyList<string> foldedWords)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var corrected = new List<string>(foldedWords.Count);
            var changed = false;
            foreach (var word in foldedWords)
            {
                var best = word;
                if (word.Length >= 4 && !SearchLanguage.All.Any(l => l.IsStopWord(word)) && !word.Any(char.IsDigit) && searcher.IndexReader.DocFreq(new Term(SearchAnalysis.SpellField, word)) == 0)
                {
                    best = Closest(searcher, word) ?? word;
                }

                changed |= best != word;
                corrected.Add(best);
            }

            return changed ? corrected : null;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    // Nearest by edits (a swap of two letters is one), then by how many documents use it.
    private static string? Closest(IndexSearcher searcher, string word)
    {
        var maxEdits = word.Length <= 6 ? 1 : 2;
        var fuzzy = new FuzzyQuery(new Term(SearchAnalysis.SpellField, word), maxEdits, prefixLength: 1, MaxCorrectionCandidates, transpositions: true);
        // One candidate rewrites to its term query, several to a boolean query of them.
        var rewritten = searcher.Rewrite(fuzzy);
        var candidates = rewritten is BooleanQuery choice ? choice.Clauses.Select(c => c.Query) : [rewritten];
        return candidates.OfType<TermQuery>()
            .Select(t => (Word: t.Term.Text, Distance: Edits.Distance(word, t.Term.Text), Frequency: searcher.IndexReader.DocFreq(t.Term)))
            .Where(c => c.Distance <= maxEdits)
            .OrderBy(c => c.Distance).ThenByDescending(c => c.Frequency).ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word)
            .FirstOrDefault();
    }

    private static SearchHit Hit(Document stored, ScoreDoc scored, bool partial)
    {
        var documentId = stored.GetField(DocumentIdField).GetInt64Value() ?? 0;
        var score = (double)scored.Score;
        return new SearchHit
        {
            ContentItemId = stored.Get(ItemField),
            ContentItemVersionId = stored.Get(VersionField),
            ContentType = stored.Get(TypeField),
            Score = score,
            Position = new SearchPosition(score, documentId),
            Partial = partial,
            Culture = stored.Get(CultureField) ?? Core.Localization.CultureNames.BuiltInDefault,
        };
    }

    // Whether each hit misses one of the meaningful clauses: each clause is advanced to the page's documents only.
    private static bool[] PartialMatches(IndexSearcher searcher, IReadOnlyList<Query> clauses, ScoreDoc[] page)
    {
        var partial = new bool[page.Length];
        if (clauses.Count < 2 || page.Length == 0)
        {
            return partial;
        }

        var leaves = searcher.IndexReader.Leaves;
        foreach (var clause in clauses)
        {
            var weight = searcher.CreateNormalizedWeight(clause);
            foreach (var group in page.Select((d, i) => (Doc: d.Doc, Index: i)).GroupBy(d => ReaderUtil.SubIndex(d.Doc, leaves)))
            {
                var leaf = leaves[group.Key];
                var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                foreach (var (doc, index) in group.OrderBy(d => d.Doc))
                {
                    var target = doc - leaf.DocBase;
                    var at = scorer is null ? DocIdSetIterator.NO_MORE_DOCS : scorer.DocID >= target ? scorer.DocID : scorer.Advance(target);
                    partial[index] |= at != target;
                }
            }
        }

        return partial;
    }

    private static SearchFacet[] Ordered(IReadOnlyDictionary<string, int> counts) =>
        [.. counts.Select(c => new SearchFacet(c.Key, c.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];
}
