using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Core.Tests.Search;

/// <summary>Crisis detection: a query is flagged when it contains a configured risk phrase, however it is typed.</summary>
public class RiskPhraseMatcherTests
{
    private static readonly RiskPhraseMatcher Matcher = RiskPhraseMatcher.From(["he hits me", "afraid for my life", "suicid*", "self-harm", "  "]);

    [Theory]
    [InlineData("he hits me")]
    [InlineData("what do I do if HE HITS ME when drunk")]
    [InlineData("\"he hits me\" -police")]
    [InlineData("I am afraid for my life")]
    [InlineData("suicidal thoughts")]
    [InlineData("suicide")]
    [InlineData("self harm")]
    [InlineData("Self-Harm ideas")]
    public void Should_flag_a_query_when_it_contains_a_risk_phrase(string query)
    {
        Assert.True(Matcher.Matches(query));
    }

    [Theory]
    [InlineData("hits")]
    [InlineData("he me hits")]
    [InlineData("afraid of my life coach")]
    [InlineData("sui")]
    [InlineData("harm reduction")]
    public void Should_not_flag_a_query_when_it_only_shares_words_with_a_risk_phrase(string query)
    {
        Assert.False(Matcher.Matches(query));
    }

    [Fact]
    public void Should_flag_nothing_when_no_phrase_is_configured()
    {
        Assert.False(RiskPhraseMatcher.None.Matches("he hits me"));
        Assert.Equal(4, Matcher.Count);
    }
}
