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
        if (request.Query.IsEmpty || LuceneQueryBuilder.Build(request.Query, request.LastWordIsPrefix) is not { } built)
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
            var partial = PartialMatches(searcher, built.Clauses, page);
            var hits = page.Select((d, i) => Hit(searcher, d, partial[i])).ToArray();
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
                if (word.Length >= 4 && !StopWords.Contains(word) && !word.Any(char.IsDigit) && searcher.IndexReader.DocFreq(new Term(SearchAnalysis.SpellField, word)) == 0)
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

    private static SearchHit Hit(IndexSearcher searcher, ScoreDoc scored, bool partial)
    {
        var stored = searcher.Doc(scored.Doc, HitFields);
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
