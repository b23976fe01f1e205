using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Core.Tests.Search;

/// <summary>Crisis detection by rules over stemmed words: paraphrase, gaps, slang, contractions and typos, without false alarms on shared words.</summary>
public class RiskRuleMatcherTests
{
    private static readonly RiskRuleMatcher Matcher = RiskRuleMatcher.From(
        ["(he|she|partner) hit|hurt|choke me", "afraid for my life", "suicid*", "self harm", "kill myself", "not want to be? alive|live", "\"end it all\"", "  "]);

    [Theory]
    [InlineData("he hits me")]
    [InlineData("what do I do if HE HITS ME when drunk")]
    [InlineData("my partner keeps hurting me")]
    [InlineData("she choked me last night")]
    [InlineData("\"he hits me\" -police")]
    [InlineData("I am afraid for my life")]
    [InlineData("suicidal thoughts")]
    [InlineData("self-harm ideas")]
    [InlineData("kms")]
    [InlineData("i want to unalive myself")]
    [InlineData("i dont want to be alive anymore")]
    [InlineData("I don't want to live")]
    [InlineData("i want to kill myslef")]
    [InlineData("thinking about sucide")]
    [InlineData("i just want to end it all")]
    public void Should_flag_a_query_when_a_rule_matches_it_however_it_is_phrased(string query)
    {
        Assert.True(Matcher.Matches(query));
    }

    [Theory]
    [InlineData("hits")]
    [InlineData("me he hits")]
    [InlineData("he is a hit with my friends who love me")]
    [InlineData("afraid of my life coach")]
    [InlineData("sui")]
    [InlineData("harm reduction")]
    [InlineData("why do I miss someone who hurt me")]
    [InlineData("how do I end it for good with him, all of it")]
    [InlineData("I want to live a calm life")]
    public void Should_not_flag_a_query_when_it_only_shares_words_with_a_rule(string query)
    {
        Assert.False(Matcher.Matches(query));
    }

    [Fact]
    public void Should_ignore_rules_without_words_and_match_nothing_when_there_are_none()
    {
        Assert.Equal(7, Matcher.Count);
        Assert.NotNull(RiskRuleMatcher.Problem(" ? "));
        Assert.False(RiskRuleMatcher.None.Matches("he hits me"));
    }
}
