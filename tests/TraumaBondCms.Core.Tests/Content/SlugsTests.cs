using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Tests.Content;

public class SlugsTests
{
    [Theory]
    [InlineData("why-cant-i-leave", true)]
    [InlineData("988", true)]
    [InlineData("a-1-b", true)]
    [InlineData("", false)]
    [InlineData("Why", false)]
    [InlineData("why--not", false)]
    [InlineData("-why", false)]
    [InlineData("why-", false)]
    [InlineData("why not", false)]
    [InlineData("naïve", false)]
    public void Should_tell_well_formed_slugs_when_checking_form(string value, bool expected)
    {
        var valid = Slugs.IsValid(value);

        Assert.Equal(expected, valid);
    }

    [Fact]
    public void Should_accept_120_characters_and_refuse_121_when_checking_length()
    {
        var longest = new string('a', 120);

        Assert.True(Slugs.IsValid(longest));
        Assert.False(Slugs.IsValid(longest + "a"));
    }

    [Theory]
    [InlineData("Why can't I leave?", "why-cant-i-leave")]
    [InlineData("Why can’t I leave?", "why-cant-i-leave")]
    [InlineData("  Trauma   Bonding  ", "trauma-bonding")]
    [InlineData("Réseau d’entraide — Montréal", "reseau-dentraide-montreal")]
    [InlineData("Niñez & Adolescencia", "ninez-adolescencia")]
    [InlineData("988: Suicide & Crisis Lifeline", "988-suicide-crisis-lifeline")]
    [InlineData("Love-bombing, devaluation, discard", "love-bombing-devaluation-discard")]
    [InlineData("???", "")]
    [InlineData("日本語", "")]
    [InlineData("", "")]
    public void Should_make_a_slug_when_given_a_title(string title, string expected)
    {
        var slug = Slugs.FromText(title);

        Assert.Equal(expected, slug);
    }

    [Fact]
    public void Should_cut_at_last_word_boundary_when_title_makes_a_slug_over_120_characters()
    {
        // Fifteen words make 134 characters; the last hyphen within 120 follows the thirteenth word.
        var title = string.Join(' ', Enumerable.Repeat("Boundary", 15));

        var slug = Slugs.FromText(title);

        Assert.Equal(string.Join('-', Enumerable.Repeat("boundary", 13)), slug);
        Assert.True(Slugs.IsValid(slug));
    }

    [Fact]
    public void Should_keep_120_characters_when_title_is_one_long_word()
    {
        var slug = Slugs.FromText(new string('x', 130));

        Assert.Equal(new string('x', 120), slug);
    }

    [Fact]
    public void Should_keep_a_slug_of_exactly_120_characters_when_a_word_ends_there()
    {
        var title = new string('a', 59) + " " + new string('b', 60) + " tail";

        var slug = Slugs.FromText(title);

        Assert.Equal(new string('a', 59) + "-" + new string('b', 60), slug);
    }
}
