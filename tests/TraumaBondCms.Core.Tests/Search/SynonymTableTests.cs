using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Core.Tests.Search;

/// <summary>Synonym sets applied at parse time: a matched word or phrase becomes a choice between the set's entries.</summary>
public class SynonymTableTests
{
    private static readonly SynonymTable Synonyms = SynonymTable.From(
    [
        "trauma bond, traumatic bonding, trauma bonding",
        "no contact, NC",
        "hotline, helpline",
        "single entry",
        " , ",
    ]);

    [Theory]
    [InlineData("no contact", "(\"no contact\" OR nc)")]
    [InlineData("NC rules", "(\"no contact\" OR nc) rules")]
    [InlineData("\"No Contact\"", "(\"no contact\" OR nc)")]
    [InlineData("no-contact", "(\"no contact\" OR nc)")]
    [InlineData("what is a trauma bond", "what is a (\"trauma bond\" OR \"traumatic bonding\" OR \"trauma bonding\")")]
    [InlineData("hotline OR chat", "(hotline OR helpline OR chat)")]
    [InlineData("-helpline abuse", "abuse -(hotline OR helpline)")]
    [InlineData("trauma", "trauma")]
    [InlineData("hotl*", "hotl*")]
    public void Should_expand_an_entry_into_its_set_when_the_query_contains_it(string typed, string expected)
    {
        Assert.Equal(expected, SearchQueryParser.Parse(typed, Synonyms).ToString());
    }

    [Fact]
    public void Should_keep_the_words_apart_when_they_are_separated_by_an_operator()
    {
        var query = SearchQueryParser.Parse("no OR contact", Synonyms);

        Assert.Equal("(no OR contact)", query.ToString());
    }

    [Theory]
    [InlineData("no contact", "\"no contact\"")]
    [InlineData("NC", "nc")]
    [InlineData("\"helpline\"", "\"helpline\"")]
    public void Should_remember_what_was_typed_when_synonyms_are_added(string typed, string expected)
    {
        var choice = Assert.IsType<SearchAny>(Assert.Single(SearchQueryParser.Parse(typed, Synonyms).Required));

        Assert.Equal(expected, choice.Typed?.ToString());
    }

    [Fact]
    public void Should_ignore_sets_with_fewer_than_two_entries()
    {
        Assert.Equal(7, Synonyms.Count);
        Assert.Null(Synonyms.ChoicesFor("single entry"));
    }
}
