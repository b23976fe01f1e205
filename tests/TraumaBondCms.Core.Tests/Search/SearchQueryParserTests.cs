using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Core.Tests.Search;

/// <summary>The query language: each case is what a reader types and the query it means, in the parser's own notation.</summary>
public class SearchQueryParserTests
{
    [Theory]
    [InlineData("gaslighting", "gaslighting")]
    [InlineData("Intermittent Reinforcement", "intermittent reinforcement")]
    [InlineData("why can't I leave", "why \"can t\" i leave")]
    [InlineData("why do I miss them", "why do i miss them")]
    [InlineData("safety   plan", "safety plan")]
    [InlineData("naïve CAFÉ", "naive cafe")]
    public void Should_require_every_word_when_words_are_typed(string typed, string expected)
    {
        var query = SearchQueryParser.Parse(typed);

        Assert.Equal(expected, query.ToString());
    }

    [Theory]
    [InlineData("\"no contact\"", "\"no contact\"")]
    [InlineData("\"why can't I leave\"", "\"why can t i leave\"")]
    [InlineData("leave \"safety plan\" now", "leave \"safety plan\" now")]
    [InlineData("no-contact", "\"no contact\"")]
    [InlineData("1-800-799-7233", "\"1 800 799 7233\"")]
    [InlineData("\"the\"", "\"the\"")]
    [InlineData("\"", "")]
    public void Should_keep_every_word_in_order_when_words_are_quoted_or_joined(string typed, string expected)
    {
        Assert.Equal(expected, SearchQueryParser.Parse(typed).ToString());
    }

    [Theory]
    [InlineData("bond*", "bond*")]
    [InlineData("Gaslig* effects", "gaslig* effects")]
    [InlineData("x*", "x")]
    [InlineData("bo*", "bo")]
    [InlineData("the*", "the*")]
    [InlineData("\"bond*\"", "\"bond\"")]
    [InlineData("*", "")]
    [InlineData("**bond", "bond")]
    public void Should_match_word_starts_when_a_word_ends_with_a_star(string typed, string expected)
    {
        Assert.Equal(expected, SearchQueryParser.Parse(typed).ToString());
    }

    [Theory]
    [InlineData("abuse -physical", "abuse -physical")]
    [InlineData("abuse -\"physical violence\"", "abuse -\"physical violence\"")]
    [InlineData("-physical", "physical")]
    [InlineData("- abuse", "abuse")]
    [InlineData("--abuse", "abuse")]
    [InlineData("trauma-bond -", "\"trauma bond\"")]
    public void Should_exclude_a_word_or_phrase_when_it_starts_with_a_minus(string typed, string expected)
    {
        Assert.Equal(expected, SearchQueryParser.Parse(typed).ToString());
    }

    [Theory]
    [InlineData("hotline OR helpline", "(hotline OR helpline)")]
    [InlineData("hotline OR helpline OR chat", "(hotline OR helpline OR chat)")]
    [InlineData("leave hotline OR \"text line\"", "leave (hotline OR \"text line\")")]
    [InlineData("OR hotline", "hotline")]
    [InlineData("hotline OR", "hotline")]
    [InlineData("hotline OR OR chat", "(hotline OR chat)")]
    [InlineData("hotline or chat", "hotline or chat")]
    [InlineData("hotline OR -chat", "hotline -chat")]
    [InlineData("OR", "")]
    public void Should_offer_a_choice_when_OR_stands_between_two_clauses(string typed, string expected)
    {
        Assert.Equal(expected, SearchQueryParser.Parse(typed).ToString());
    }

    [Theory]
    [InlineData("\"no contact")]
    [InlineData("no contact\"")]
    [InlineData("\"\"\"")]
    [InlineData("title:abuse NEAR(a b) ^start col:{x y}")]
    [InlineData("'; DROP TABLE content_items; --")]
    [InlineData("abuse) OR (")]
    [InlineData("!!! ??? ...")]
    [InlineData("\u0000\u0001\uE000\uE001\uFFFF")]
    [InlineData("\uD83D\uDE00 \uD83D")]
    [InlineData("日本語 テスト")]
    [InlineData("e\u0301 a\u0308")]
    public void Should_return_a_query_of_plain_words_when_the_input_is_not_well_formed(string typed)
    {
        var query = SearchQueryParser.Parse(typed);

        foreach (var leaf in query.Required.Concat(query.Excluded).SelectMany(n => n.Leaves))
        {
            var words = leaf switch { SearchTerm t => [t.Word], SearchPhrase p => p.Words, _ => throw new InvalidOperationException("nested choice") };
            Assert.All(words, w => Assert.Equal(new[] { w }, SearchText.Words(w)));
        }
    }

    [Fact]
    public void Should_read_only_the_start_when_the_input_is_very_long()
    {
        var typed = string.Concat(Enumerable.Repeat("bond ", 50_000)) + "never";

        var query = SearchQueryParser.Parse(typed);

        Assert.InRange(query.Required.Count, 1, SearchQueryParser.MaxClauses);
        Assert.DoesNotContain("never", query.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_match_nothing_when_only_punctuation_is_typed()
    {
        Assert.True(SearchQueryParser.Parse("?!").IsEmpty);
        Assert.True(SearchQueryParser.Parse("").IsEmpty);
        Assert.True(SearchQueryParser.Parse(" - * OR \"\" ").IsEmpty);
    }

    [Theory]
    [InlineData("why can't I leave abusive partners", "((abusive AND partners) OR (leave AND partners) OR (leave AND abusive)) -(why AND \"can t\" AND i AND leave AND abusive AND partners)")]
    [InlineData("leave partner -drug", "(leave OR partner) -drug -(leave AND partner)")]
    [InlineData("\"no contact\" rules", "(\"no contact\" OR rules) -(\"no contact\" AND rules)")]
    [InlineData("how long to get over it", "(long OR get) -(how AND long AND to AND get AND over AND it)")]
    [InlineData("b c e f g h j k", "(b OR c OR e OR f OR g OR h OR j OR k) -(b AND c AND e AND f AND g AND h AND j AND k)")]
    public void Should_look_for_some_meaningful_words_but_not_all_words_when_a_query_is_broadened(string typed, string expected)
    {
        Assert.Equal(expected, SearchQueryParser.Parse(typed).Broaden()!.ToString());
    }

    [Theory]
    [InlineData("gaslighting")]
    [InlineData("hotline OR helpline")]
    [InlineData("why is it")]
    [InlineData("\"why is it\" so")]
    public void Should_have_no_second_tier_when_one_clause_or_only_stop_words_are_typed(string typed)
    {
        Assert.Null(SearchQueryParser.Parse(typed).Broaden());
    }
}
