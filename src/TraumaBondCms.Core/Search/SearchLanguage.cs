using Lucene.Net.Analysis.Es;
using TraumaBondCms.Core.Localization;

namespace TraumaBondCms.Core.Search;

/// <summary>
/// How search reads one language: its stems (English: Snowball "english"; Spanish: the light stemmer, which leaves more of
/// a word than Snowball and so confuses fewer words), its stop words, and the words that negate what follows (for risk
/// rules). The index analyzes each document with its culture's language and a query in each language of the reader's
/// chain, so snippets, risk rules and ranking compare words the same way. Languages without their own analysis are read
/// as English (words, folding and prefixes still work). Thread-safe.
/// </summary>
public sealed class SearchLanguage
{
    private static readonly HashSet<string> SpanishStopWords = new(SpanishAnalyzer.DefaultStopSet.Select(w => SearchText.Fold(w.ToString()!)), StringComparer.Ordinal);

    private readonly Func<string, string> _stem;
    private readonly Func<string, bool> _isStopWord;

    private SearchLanguage(string code, Func<string, string> stem, Func<string, bool> isStopWord, IReadOnlySet<string> negations, bool negationBeforeVerb = false)
    {
        Code = code;
        _stem = stem;
        _isStopWord = isStopWord;
        Negations = negations;
        NegationBeforeVerb = negationBeforeVerb;
    }

    /// <summary>English.</summary>
    public static SearchLanguage English { get; } = new("en", SearchStemmer.Stem, StopWords.Contains, new HashSet<string>(StringComparer.Ordinal) { "not", "never", "no", "nobody", "nothing", "nor" });

    /// <summary>Spanish.</summary>
    public static SearchLanguage Spanish { get; } = new("es", SpanishStem, SpanishStopWords.Contains, new HashSet<string>(StringComparer.Ordinal) { "no", "nunca", "jamas", "nadie", "nada", "ni", "tampoco" }, negationBeforeVerb: true);

    /// <summary>Every language with its own analysis.</summary>
    public static IReadOnlyList<SearchLanguage> All { get; } = [English, Spanish];

    /// <summary>The language subtag (<c>en</c>, <c>es</c>).</summary>
    public string Code { get; }

    /// <summary>Words that negate what follows them.</summary>
    public IReadOnlySet<string> Negations { get; }

    /// <summary>
    /// True when a negation stands right before the verb group it negates, object pronouns included ("nunca me golpeó"):
    /// a risk rule starting there does not match after one.
    /// </summary>
    public bool NegationBeforeVerb { get; }

    /// <summary>The language that reads <paramref name="culture"/> (a culture name or language tag); English for one without its own analysis.</summary>
    public static SearchLanguage For(string? culture) =>
        culture is null ? English : All.FirstOrDefault(l => l.Code == CultureNames.Language(culture.ToLowerInvariant())) ?? English;

    /// <summary>The stem of a folded word.</summary>
    public string Stem(string foldedWord) => _stem(foldedWord);

    /// <summary>True when the folded word is a stop word of the language.</summary>
    public bool IsStopWord(string foldedWord) => _isStopWord(foldedWord);

    /// <summary>True when a word (not a prefix) or phrase of a query is made of stop words only.</summary>
    public bool Covers(SearchNode leaf) => leaf switch
    {
        SearchTerm { Prefix: false } term => IsStopWord(term.Word),
        SearchPhrase phrase => phrase.Words.All(IsStopWord),
        _ => false,
    };

    /// <inheritdoc />
    public override string ToString() => Code;

    /// <summary>
    /// A folded Spanish word without the object pronoun attached to an infinitive or gerund: <c>irme</c>, <c>irse</c> → <c>ir</c>,
    /// <c>dejarlo</c> → <c>dejar</c>, <c>diciendome</c> → <c>diciendo</c>. Other words are returned as they are.
    /// </summary>
    public static string WithoutEnclitic(string foldedWord)
    {
        foreach (var pronoun in Enclitics)
        {
            if (foldedWord.Length > pronoun.Length + 1 && foldedWord.EndsWith(pronoun, StringComparison.Ordinal))
            {
                var verb = foldedWord[..^pronoun.Length];
                if (verb is "ir" || (verb.Length >= 4 && (verb.EndsWith("ar", StringComparison.Ordinal) || verb.EndsWith("er", StringComparison.Ordinal) || verb.EndsWith("ir", StringComparison.Ordinal) || verb.EndsWith("ando", StringComparison.Ordinal) || verb.EndsWith("iendo", StringComparison.Ordinal))))
                {
                    return verb;
                }
            }
        }

        return foldedWord;
    }

    // Longest first, so "nos" is taken before "os" and "los" before "lo".
    private static readonly string[] Enclitics = ["nos", "los", "las", "les", "me", "te", "se", "lo", "la", "le"];

    private static string SpanishStem(string foldedWord)
    {
        var chars = WithoutEnclitic(foldedWord).ToCharArray();
        var length = new SpanishLightStemmer().Stem(chars, chars.Length);
        return new string(chars, 0, length);
    }
}
