using Lucene.Net.Tartarus.Snowball.Ext;

namespace TraumaBondCms.Core.Search;

/// <summary>
/// The English stem of a folded word (Snowball "english", Porter2): <c>leaving</c> and <c>leave</c> → <c>leav</c>. The
/// search index stems with the same algorithm, so risk rules and snippets compare words exactly as the index does.
/// Thread-safe (one stemmer per thread).
/// </summary>
public static class SearchStemmer
{
    [ThreadStatic]
    private static EnglishStemmer? t_stemmer;

    /// <summary>The stem of <paramref name="foldedWord"/> (lower case, without diacritics).</summary>
    public static string Stem(string foldedWord)
    {
        var stemmer = t_stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(foldedWord);
        stemmer.Stem();
        return stemmer.Current;
    }
}
