using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CommonGrams;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace TraumaBondCms.Data.Search.Lucene;

/// <summary>
/// How text becomes terms. Text fields (title, tags, summary, body): words (<see cref="WordTokenizer"/>), lower case,
/// diacritics folded, common-word pairs added (<see cref="CommonWords"/>), English stems (Snowball); stop words stay, so
/// phrases stay phrases. <see cref="SpellField"/>: the words of title, tags and summary unstemmed, for "did you mean".
/// <see cref="TitlePrefixField"/>: the beginnings of title words (2 to 20 letters), for search-as-you-type.
/// Analyzers are thread-safe.
/// </summary>
internal static class SearchAnalysis
{
    /// <summary>Stored with each commit: an index written with other analysis is rebuilt.</summary>
    public const string Version = "1";

    /// <summary>The unstemmed words of title, tags and summary.</summary>
    public const string SpellField = "spell";

    /// <summary>The beginnings of the title's words.</summary>
    public const string TitlePrefixField = "title_prefix";

    public static readonly LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet Common = new(Lucene, CommonWords.All.ToList(), ignoreCase: false);

    /// <summary>Index-time analysis of every field.</summary>
    public static Analyzer Index { get; } = new PerFieldAnalyzerWrapper(
        new TextAnalyzer(grams: GramMode.Index),
        new Dictionary<string, Analyzer>
        {
            [SpellField] = new WordsAnalyzer(),
            [TitlePrefixField] = new PrefixAnalyzer(),
        });

    /// <summary>A single query word of a text field: its stem, no pairs.</summary>
    public static Analyzer QueryWord { get; } = new TextAnalyzer(grams: GramMode.None);

    /// <summary>A query phrase of a text field: stems, with common-word pairs where the index has them.</summary>
    public static Analyzer QueryPhrase { get; } = new TextAnalyzer(grams: GramMode.Query);

    /// <summary>Lower case and folding only.</summary>
    public static Analyzer Words { get; } = new WordsAnalyzer();

    private enum GramMode
    {
        None,
        Index,
        Query,
    }

    private static TokenStream Folded(Tokenizer source) => new ASCIIFoldingFilter(new LowerCaseFilter(Lucene, source));

    private sealed class TextAnalyzer(GramMode grams) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new WordTokenizer(Lucene, reader);
            var stream = Folded(source);
            stream = grams switch
            {
                GramMode.Index => new CommonGramsFilter(Lucene, stream, Common),
                GramMode.Query => new CommonGramsQueryFilter(new CommonGramsFilter(Lucene, stream, Common)),
                _ => stream,
            };
            return new TokenStreamComponents(source, new SnowballFilter(stream, new EnglishStemmer()));
        }
    }

    private sealed class WordsAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new WordTokenizer(Lucene, reader);
            return new TokenStreamComponents(source, Folded(source));
        }
    }

    private sealed class PrefixAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new WordTokenizer(Lucene, reader);
            return new TokenStreamComponents(source, new EdgeNGramTokenFilter(Lucene, Folded(source), 2, 20));
        }
    }
}
