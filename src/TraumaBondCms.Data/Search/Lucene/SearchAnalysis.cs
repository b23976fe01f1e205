using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CommonGrams;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;
using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data.Search.Lucene;

/// <summary>
/// How text becomes terms, per language (<see cref="LanguageAnalysis"/>). Text fields (title, tags, summary, body): words
/// (<see cref="WordTokenizer"/>), lower case, diacritics folded, common-word pairs added (<see cref="CommonWords"/>), stems
/// of the document's language (English: Snowball; Spanish: light stemming); stop words stay, so phrases stay phrases.
/// <see cref="SpellField"/>: the words of title, tags and summary unstemmed, for "did you mean". <see cref="TitlePrefixField"/>:
/// the beginnings of title words (2 to 20 letters), for search-as-you-type. Analyzers are thread-safe.
/// </summary>
internal static class SearchAnalysis
{
    /// <summary>Stored with each commit: an index written with other analysis is rebuilt (2: per-language analysis, cultures, Spanish enclitics).</summary>
    public const string Version = "2";

    /// <summary>The unstemmed words of title, tags and summary.</summary>
    public const string SpellField = "spell";

    /// <summary>The beginnings of the title's words.</summary>
    public const string TitlePrefixField = "title_prefix";

    public static readonly LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    /// <summary>Lower case and folding only.</summary>
    public static Analyzer Words { get; } = new WordsAnalyzer();

    /// <summary>English analysis (also of languages without their own).</summary>
    public static LanguageAnalysis English { get; } = new(SearchLanguage.English, CommonWords.All, stream => new SnowballFilter(stream, new EnglishStemmer()));

    /// <summary>Spanish analysis.</summary>
    public static LanguageAnalysis Spanish { get; } = new(SearchLanguage.Spanish, CommonWords.Spanish, stream => new SpanishLightStemFilter(stream), stream => new SpanishEncliticFilter(stream));

    /// <summary>Index-time analysis of a document in English: the writer's default (a document in another language names its own).</summary>
    public static Analyzer Index => English.Index;

    /// <summary>The analysis of <paramref name="language"/>.</summary>
    public static LanguageAnalysis For(SearchLanguage language) => language == SearchLanguage.Spanish ? Spanish : English;

    internal enum GramMode
    {
        None,
        Index,
        Query,
    }

    internal static TokenStream Folded(Tokenizer source) => new ASCIIFoldingFilter(new LowerCaseFilter(Lucene, source));

    /// <summary>The text analysis of one language, at index time and for query words and phrases.</summary>
    internal sealed class LanguageAnalysis
    {
        public LanguageAnalysis(SearchLanguage language, IReadOnlyList<string> common, Func<TokenStream, TokenStream> stemmer, Func<TokenStream, TokenStream>? words = null)
        {
            Language = language;
            var commonSet = new CharArraySet(Lucene, common.ToList(), ignoreCase: false);
            words ??= stream => stream;
            Index = new PerFieldAnalyzerWrapper(
                new TextAnalyzer(GramMode.Index, commonSet, stemmer, words),
                new Dictionary<string, Analyzer>
                {
                    [SpellField] = Words,
                    [TitlePrefixField] = new PrefixAnalyzer(),
                });
            QueryWord = new TextAnalyzer(GramMode.None, commonSet, stemmer, words);
            QueryPhrase = new TextAnalyzer(GramMode.Query, commonSet, stemmer, words);
        }

        /// <summary>The language.</summary>
        public SearchLanguage Language { get; }

        /// <summary>Index-time analysis of every field.</summary>
        public Analyzer Index { get; }

        /// <summary>A single query word of a text field: its stem, no pairs.</summary>
        public Analyzer QueryWord { get; }

        /// <summary>A query phrase of a text field: stems, with common-word pairs where the index has them.</summary>
        public Analyzer QueryPhrase { get; }
    }

    private sealed class TextAnalyzer(GramMode grams, CharArraySet common, Func<TokenStream, TokenStream> stemmer, Func<TokenStream, TokenStream> words) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new WordTokenizer(Lucene, reader);
            var stream = words(Folded(source));
            stream = grams switch
            {
                GramMode.Index => new CommonGramsFilter(Lucene, stream, common),
                GramMode.Query => new CommonGramsQueryFilter(new CommonGramsFilter(Lucene, stream, common)),
                _ => stream,
            };
            return new TokenStreamComponents(source, stemmer(stream));
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
