using TraumaBondCms.Core.Safety;

namespace TraumaBondCms.Core.Tests.Safety;

public class ReadabilityTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("leaving", 2)]
    [InlineData("support", 2)]
    [InlineData("abused", 2)]
    [InlineData("wanted", 2)]
    [InlineData("table", 2)]
    [InlineData("relationship", 4)]
    [InlineData("don't", 1)]
    [InlineData("self-harm", 2)]
    public void Should_estimate_syllables_when_counting_a_word(string word, int syllables)
    {
        var counted = Readability.Syllables(word);

        Assert.Equal(syllables, counted);
    }

    [Fact]
    public void Should_apply_the_flesch_formulas_when_scoring_text()
    {
        // 5 words, 2 sentences, 7 syllables (leav-ing, is, hard, sup-port, helps):
        // ease = 206.835 - 1.015 * 2.5 - 84.6 * 1.4 = 85.8575; grade = 0.39 * 2.5 + 11.8 * 1.4 - 15.59 = 1.905.
        var score = Readability.Score("Leaving is hard. Support helps.");

        Assert.Equal(new ReadabilityScore(5, 2, 7, 85.9, 1.9), score);
    }

    [Fact]
    public void Should_end_a_sentence_at_each_line_when_text_has_headings_and_list_items()
    {
        var score = Readability.Score("Signs include\nFear of their moods\nShame");

        Assert.Equal(3, score.Sentences);
    }

    [Fact]
    public void Should_not_end_a_sentence_at_a_decimal_point_or_count_numbers_as_words()
    {
        var score = Readability.Score("About 3.5 of 10 people call 1-800-799-7233 first.");

        Assert.Equal((1, 5), (score.Sentences, score.Words));
    }

    [Fact]
    public void Should_score_zero_when_text_has_no_words()
    {
        var score = Readability.Score("  \n 42 ");

        Assert.Equal(new ReadabilityScore(0, 0, 0, 0, 0), score);
    }

    [Fact]
    public void Should_score_long_words_and_sentences_as_harder_when_comparing_texts()
    {
        var plain = Readability.Score("You are not to blame. The bond is real. Help is there.");
        var dense = Readability.Score("Neurobiological conditioning consolidates intermittent reinforcement contingencies, perpetuating attachment.");

        Assert.True(plain.ReadingEase > dense.ReadingEase && plain.Grade < dense.Grade, $"{plain} vs {dense}");
    }
}
