using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data.Search.Lucene;

/// <summary>
/// Words so frequent that a phrase containing one would read long position lists: the stop words of each language and
/// the commonest words of the library's own subject. The index also keeps each pair "common word + neighbour" as one term
/// (CommonGrams), so a phrase such as "the cycle" or "trauma bond" costs one term lookup. Changing this list changes
/// the index: <see cref="SearchAnalysis.Version"/> must change with it (nodes then rebuild).
/// </summary>
internal static class CommonWords
{
    /// <summary>The Spanish list: the Spanish stop words and the commonest words of the subject, folded.</summary>
    public static IReadOnlyList<string> Spanish { get; } =
    [
        .. global::Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet.Select(w => SearchText.Fold(w.ToString()!)).Distinct(StringComparer.Ordinal),
        "abuso", "vinculo", "traumatico", "pareja", "relacion", "ayuda", "puedo", "quiero", "seguridad", "persona",
    ];

    /// <summary>The list, folded.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. StopWords.All,
        "abuse", "abusive", "back", "bond", "bonding", "can", "feel", "feelings", "get", "go", "help", "hurt", "know", "leave",
        "leaving", "like", "love", "make", "may", "might", "need", "partner", "people", "person", "relationship",
        "relationships", "safe", "safety", "say", "someone", "something", "still", "support", "take", "think", "time", "trauma",
        "want", "way", "even", "also", "many", "much", "often", "one", "could", "would", "us", "get", "going", "never",
    ];
}
