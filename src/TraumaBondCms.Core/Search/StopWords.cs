namespace TraumaBondCms.Core.Search;

/// <summary>
/// English words too common to find anything by ("why", "can", "I"): the Snowball English stop words. Neither engine
/// drops them from its index, so <c>why can't I leave</c> first finds the items that use all those words and
/// <c>"no contact"</c> stays a phrase; only the broadened second tier of a search (<see cref="SearchQuery.Broaden"/>)
/// ignores them, since "any item containing 'I'" finds everything. Thread-safe.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "d", "did", "do", "does", "doing", "don", "down", "during",
        "each", "few", "for", "from", "further",
        "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "ll", "m", "me", "more", "most", "my", "myself",
        "no", "nor", "not", "now", "o", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "re", "s", "same", "she", "should", "so", "some", "such",
        "t", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "ve", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "y", "you", "your", "yours", "yourself", "yourselves",
        "ain", "aren", "couldn", "didn", "doesn", "hadn", "hasn", "haven", "isn", "ma", "mightn", "mustn", "needn", "shan", "shouldn", "wasn", "weren", "won", "wouldn",
    };

    /// <summary>Every stop word.</summary>
    public static IEnumerable<string> All => Words;

    /// <summary>True when the folded word <paramref name="word"/> is a stop word.</summary>
    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>True when a word (not a prefix) or phrase of a query is made of stop words only.</summary>
    public static bool Covers(SearchNode leaf) => leaf switch
    {
        SearchTerm { Prefix: false } term => Contains(term.Word),
        SearchPhrase phrase => phrase.Words.All(Contains),
        _ => false,
    };
}
