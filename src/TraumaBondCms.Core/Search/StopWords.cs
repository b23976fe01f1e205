namespace TraumaBondCms.Core.Search;

/// <summary>
/// English words too common to narrow a search ("why", "can", "I"). A word of a query typed outside quotes is
/// dropped when it is one of these, so <c>why can't I leave</c> looks for <c>leave</c>; inside quotes every word
/// counts. Neither engine drops stop words from its index (both would keep <c>"no contact"</c> as a phrase): this list,
/// the Snowball English stop words, is the only place words are ignored. Thread-safe.
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

    /// <summary>True when the folded word <paramref name="word"/> is a stop word.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
