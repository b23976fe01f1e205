using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Core.Tests.Search;

/// <summary>The shared word rules: what a word is, how words are folded, and how queries are normalized for counting.</summary>
public class SearchTextTests
{
    [Theory]
    [InlineData("can't leave", new[] { "can", "t", "leave" })]
    [InlineData("no-contact, low_contact.", new[] { "no", "contact", "low", "contact" })]
    [InlineData("Call 988 or text HOME to 741741", new[] { "Call", "988", "or", "text", "HOME", "to", "741741" })]
    [InlineData("naïve e\u0301tude 日本語", new[] { "naïve", "e\u0301tude", "日本語" })]
    [InlineData("\uD83D\uDE00 hi\uD83D\uDE00there", new[] { "hi", "there" })]
    [InlineData("\u0301alone", new[] { "alone" })]
    public void Should_split_words_on_everything_but_letters_and_digits(string text, string[] expected)
    {
        Assert.Equal(expected, SearchText.Words(text));
    }

    [Theory]
    [InlineData("Naïve", "naive")]
    [InlineData("E\u0301TUDE", "etude")]
    [InlineData("Straße", "straße")]
    public void Should_fold_case_and_accents_when_comparing_words(string word, string expected)
    {
        Assert.Equal(expected, SearchText.Fold(word));
    }

    [Fact]
    public void Should_count_differently_typed_queries_as_one_when_normalized()
    {
        Assert.Equal("no contact", SearchText.Normalize("\"No-Contact\"!!"));
        Assert.Equal("no contact", SearchText.Normalize("  no   contact "));
        Assert.InRange(SearchText.Normalize(string.Concat(Enumerable.Repeat("abcd ", 100))).Length, 195, 200);
    }

    [Fact]
    public void Should_cut_a_very_long_word_without_splitting_a_surrogate_pair()
    {
        var word = new string('a', SearchText.MaxWordLength - 1) + "\U0001D400bc";

        var cut = Assert.Single(SearchText.Words(word));

        Assert.Equal(SearchText.MaxWordLength - 1, cut.Length);
    }
}
