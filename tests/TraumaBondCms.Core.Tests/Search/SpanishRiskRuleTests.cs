using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Core.Tests.Search;

/// <summary>Risk rules written in Spanish: Spanish stems, pronouns attached to verbs, chat spellings, and negations before the verb group.</summary>
public class SpanishRiskRuleTests
{
    private static readonly RiskRuleMatcher Matcher = RiskRuleMatcher.From(
        ["(quiero|quisiera) (morir|morirme|matarme)", "me (pega|golpea|ahorca)", "(va|quiere) a? matar", "no (quiero|puedo) (vivir|seguir)", "suicid*"],
        SearchLanguage.Spanish);

    [Theory]
    [InlineData("me quiero morir")]
    [InlineData("ME QUIERO MORIR")]
    [InlineData("quisiera morirme ya")]
    [InlineData("q quiero matarme")]
    [InlineData("mi novio me pega")]
    [InlineData("mi esposo me golpeó")]
    [InlineData("me va a matar")]
    [InlineData("ya no quiero vivir")]
    [InlineData("pienso en suicidarme")]
    public void Should_flag_a_spanish_risk_statement_however_it_is_typed(string query)
    {
        Assert.True(Matcher.Matches(query));
    }

    [Theory]
    [InlineData("nunca me pegó pero me controla")]
    [InlineData("no me pega, solo me grita")]
    [InlineData("quiero entender el vínculo traumático")]
    [InlineData("me quiero ir de casa")]
    [InlineData("qué es el refuerzo intermitente")]
    public void Should_not_flag_an_ordinary_or_negated_question(string query)
    {
        Assert.False(Matcher.Matches(query));
    }

    [Theory]
    [InlineData("irme", "ir")]
    [InlineData("irse", "ir")]
    [InlineData("dejarlo", "dejar")]
    [InlineData("diciendome", "diciendo")]
    [InlineData("calle", "calle")]
    [InlineData("me", "me")]
    public void Should_take_the_pronoun_off_an_infinitive_or_gerund(string word, string verb)
    {
        Assert.Equal(verb, SearchLanguage.WithoutEnclitic(word));
    }
}
