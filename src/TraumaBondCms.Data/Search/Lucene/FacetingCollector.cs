using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TraumaBondCms.Data.Search.Lucene;

/// <summary>
/// One pass over every match: applies the type and topic filters from doc values, counts the total and the disjunctive
/// facets (types under the topic filter, topics under the type filter), and hands the documents that pass both filters to
/// the ranking collector. Per segment, ordinals are counted in arrays and turned into values once.
/// </summary>
internal sealed class FacetingCollector(ICollector ranking, IReadOnlyCollection<string>? types, IReadOnlyCollection<string>? topics, bool countFacets) : ICollector
{
    private readonly Dictionary<string, int> _typeCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _topicCounts = new(StringComparer.Ordinal);
    private SortedDocValues? _type;
    private SortedSetDocValues? _topic;
    private FixedBitSet? _typeAllowed;
    private FixedBitSet? _topicAllowed;
    private int[] _typeOrdCounts = [];
    private int[] _topicOrdCounts = [];

    /// <summary>Documents that passed both filters.</summary>
    public int Total { get; private set; }

    /// <summary>Counts by content type, under the topic filter.</summary>
    public IReadOnlyDictionary<string, int> TypeCounts => _typeCounts;

    /// <summary>Counts by topic, under the type filter.</summary>
    public IReadOnlyDictionary<string, int> TopicCounts => _topicCounts;

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => ranking.AcceptsDocsOutOfOrder;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer) => ranking.SetScorer(scorer);

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        Fold();
        var reader = context.AtomicReader;
        _type = reader.GetSortedDocValues(LuceneSearchEngine.TypeField) ?? DocValues.EMPTY_SORTED;
        _topic = reader.GetSortedSetDocValues(LuceneSearchEngine.TopicField) ?? DocValues.EMPTY_SORTED_SET;
        _typeAllowed = Allowed(types, _type.ValueCount, v => _type.LookupTerm(v));
        _topicAllowed = Allowed(topics, (int)_topic.ValueCount, v => (int)_topic.LookupTerm(v));
        _typeOrdCounts = countFacets ? new int[_type.ValueCount] : [];
        _topicOrdCounts = countFacets ? new int[(int)_topic.ValueCount] : [];
        ranking.SetNextReader(context);
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        var typeOrd = _type!.GetOrd(doc);
        var inType = _typeAllowed is null || (typeOrd >= 0 && _typeAllowed.Get(typeOrd));
        var inTopic = _topicAllowed is null;
        if (!inTopic || (countFacets && inType))
        {
            _topic!.SetDocument(doc);
            long ord;
            while ((ord = _topic.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                inTopic |= _topicAllowed is not null && _topicAllowed.Get((int)ord);
                if (countFacets && inType)
                {
                    _topicOrdCounts[ord]++;
                }
            }
        }

        if (countFacets && inTopic && typeOrd >= 0)
        {
            _typeOrdCounts[typeOrd]++;
        }

        if (inType && inTopic)
        {
            Total++;
            ranking.Collect(doc);
        }
    }

    /// <summary>Adds the last segment's counts; call once after the search.</summary>
    public void Finish() => Fold();

    private void Fold()
    {
        var term = new BytesRef();
        for (var ord = 0; ord < _typeOrdCounts.Length; ord++)
        {
            if (_typeOrdCounts[ord] > 0)
            {
                _type!.LookupOrd(ord, term);
                var value = term.Utf8ToString();
                _typeCounts[value] = _typeCounts.GetValueOrDefault(value) + _typeOrdCounts[ord];
            }
        }

        for (var ord = 0; ord < _topicOrdCounts.Length; ord++)
        {
            if (_topicOrdCounts[ord] > 0)
            {
                _topic!.LookupOrd(ord, term);
                var value = term.Utf8ToString();
                _topicCounts[value] = _topicCounts.GetValueOrDefault(value) + _topicOrdCounts[ord];
            }
        }

        _typeOrdCounts = [];
        _topicOrdCounts = [];
    }

    private static FixedBitSet? Allowed(IReadOnlyCollection<string>? values, int valueCount, Func<BytesRef, int> lookup)
    {
        if (values is not { Count: > 0 })
        {
            return null;
        }

        var allowed = new FixedBitSet(Math.Max(valueCount, 1));
        foreach (var value in values)
        {
            var ord = lookup(new BytesRef(value));
            if (ord >= 0)
            {
                allowed.Set(ord);
            }
        }

        return allowed;
    }
}
