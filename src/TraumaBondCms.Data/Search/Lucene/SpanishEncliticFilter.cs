using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data.Search.Lucene;

/// <summary>
/// Takes the object pronoun off a folded Spanish infinitive or gerund (<c>irme</c>, <c>irse</c> → <c>ir</c>; <c>dejarlo</c> →
/// <c>dejar</c>), as <see cref="SearchLanguage.WithoutEnclitic"/> does for snippets and risk rules, so "¿por qué no puedo
/// irme?" finds a title that says "irse". Runs before stemming. Not thread-safe (one per token stream, as Lucene makes them).
/// </summary>
internal sealed class SpanishEncliticFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public SpanishEncliticFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = _term.ToString();
        var verb = SearchLanguage.WithoutEnclitic(word);
        if (verb.Length != word.Length)
        {
            _term.SetLength(verb.Length);
        }

        return true;
    }
}
