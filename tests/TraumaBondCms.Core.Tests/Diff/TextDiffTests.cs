using System.Text;
using TraumaBondCms.Core.Diff;
using static TraumaBondCms.Core.Tests.Diff.DiffAssert;

namespace TraumaBondCms.Core.Tests.Diff;

// Crafted edits, one behaviour at a time. Random edits of the seed articles are in TextDiffTests.Properties.cs.
public partial class TextDiffTests
{
    [Fact]
    public void Should_show_only_the_changed_digits_when_a_hotline_number_typo_is_fixed()
    {
        var before = "Call the hotline at 1-800-799-7223 any time.";
        var after = "Call the hotline at 1-800-799-7233 any time.";

        var diff = TextDiff.Compare(before, after);

        Assert.Equal([Eq("Call the hotline at 1-800-799-"), Del("7223"), Ins("7233"), Eq(" any time.")], diff.Segments);
        Assert.Equal(DiffGranularity.Word, diff.Granularity);
    }

    [Fact]
    public void Should_change_only_the_punctuation_mark_when_a_full_stop_becomes_an_exclamation_mark()
    {
        var diff = TextDiff.Compare("You are allowed to leave.", "You are allowed to leave!");

        Assert.Equal([Eq("You are allowed to leave"), Del("."), Ins("!")], diff.Segments);
    }

    [Fact]
    public void Should_show_one_replacement_when_neighbouring_words_separated_by_spaces_are_replaced()
    {
        var diff = TextDiff.Compare("the quick brown fox", "a slow red fox");

        Assert.Equal([Del("the quick brown"), Ins("a slow red"), Eq(" fox")], diff.Segments);
    }

    [Fact]
    public void Should_fold_a_short_common_word_when_the_phrases_around_it_are_rewritten()
    {
        var diff = TextDiff.Compare("I felt sad and alone.", "You seem happy and calm.");

        Assert.Equal([Del("I felt sad and alone"), Ins("You seem happy and calm"), Eq(".")], diff.Segments);
    }

    [Fact]
    public void Should_keep_a_common_word_as_an_anchor_when_it_is_longer_than_the_typo_fixes_around_it()
    {
        var diff = TextDiff.Compare("teh cycle adn the bond", "the cycle and the bond");

        Assert.Equal([Del("teh"), Ins("the"), Eq(" cycle "), Del("adn"), Ins("and"), Eq(" the bond")], diff.Segments);
    }

    [Fact]
    public void Should_not_fold_an_equal_run_across_a_line_break_when_both_lines_change()
    {
        var diff = TextDiff.Compare("One.\nTwo.", "Uno.\nDos.");

        Assert.Equal([Del("One"), Ins("Uno"), Eq(".\n"), Del("Two"), Ins("Dos"), Eq(".")], diff.Segments);
    }

    [Fact]
    public void Should_keep_two_insertions_apart_when_nothing_was_deleted_between_them()
    {
        var diff = TextDiff.Compare("I left", "I finally left him");

        Assert.Equal([Eq("I "), Ins("finally "), Eq("left"), Ins(" him")], diff.Segments);
    }

    [Fact]
    public void Should_return_one_equal_segment_and_no_changes_when_texts_are_identical()
    {
        var diff = TextDiff.Compare("Same text.\r\n", "Same text.\r\n");

        Assert.Equal([Eq("Same text.\r\n")], diff.Segments);
        Assert.False(diff.HasChanges);
    }

    [Fact]
    public void Should_return_no_segments_when_both_texts_are_empty()
    {
        var diff = TextDiff.Compare("", "");

        Assert.Empty(diff.Segments);
        Assert.False(diff.HasChanges);
    }

    [Fact]
    public void Should_insert_the_whole_text_when_the_old_text_is_empty()
    {
        var diff = TextDiff.Compare("", "New summary.");

        Assert.Equal([Ins("New summary.")], diff.Segments);
        Assert.True(diff.HasChanges);
    }

    [Fact]
    public void Should_keep_a_combining_accent_with_its_letter_when_only_the_accent_changes()
    {
        var diff = TextDiff.Compare("Cafe\u0301 talk", "Cafe\u0300 talk");

        Assert.Equal([Del("Cafe\u0301"), Ins("Cafe\u0300"), Eq(" talk")], diff.Segments);
    }

    [Fact]
    public void Should_replace_a_whole_emoji_sequence_when_an_emoji_changes()
    {
        var diff = TextDiff.Compare("You matter \u2764\uFE0F today", "You matter \U0001F469\u200D\U0001F469\u200D\U0001F467 today");

        Assert.Equal([Eq("You matter "), Del("\u2764\uFE0F"), Ins("\U0001F469\u200D\U0001F469\u200D\U0001F467"), Eq(" today")], diff.Segments);
    }

    [Fact]
    public void Should_replace_the_whole_emoji_and_never_half_a_surrogate_pair_when_a_skin_tone_changes()
    {
        var diff = TextDiff.Compare("Thanks \U0001F44D\U0001F3FD!", "Thanks \U0001F44D\U0001F3FF!");

        Assert.Equal([Eq("Thanks "), Del("\U0001F44D\U0001F3FD"), Ins("\U0001F44D\U0001F3FF"), Eq("!")], diff.Segments);
    }

    [Fact]
    public void Should_keep_crlf_line_endings_whole_when_a_word_on_the_next_line_changes()
    {
        var diff = TextDiff.Compare("Line one\r\nLine two\r\n", "Line one\r\nLine 2\r\n");

        Assert.Equal([Eq("Line one\r\nLine "), Del("two"), Ins("2"), Eq("\r\n")], diff.Segments);
    }

    [Fact]
    public void Should_show_a_changed_line_ending_when_lf_becomes_crlf()
    {
        var diff = TextDiff.Compare("First\nSecond", "First\r\nSecond");

        Assert.Equal([Eq("First"), Del("\n"), Ins("\r\n"), Eq("Second")], diff.Segments);
    }

    [Fact]
    public void Should_compare_ideographs_one_by_one_when_the_script_has_no_spaces()
    {
        var diff = TextDiff.Compare("我很害怕。", "我很难过。");

        Assert.Equal([Eq("我很"), Del("害怕"), Ins("难过"), Eq("。")], diff.Segments);
    }

    [Fact]
    public void Should_throw_argument_null_when_a_text_is_null()
    {
        Assert.Throws<ArgumentNullException>(() => TextDiff.Compare(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => TextDiff.Compare("x", null!));
    }

    [Fact]
    public void Should_stay_at_word_granularity_when_a_whole_seed_article_has_one_word_changed()
    {
        var before = SeedArticle();
        var at = before.IndexOf(" the ", before.Length / 2, StringComparison.Ordinal);
        var after = before[..at] + " a " + before[(at + 5)..];

        var diff = TextDiff.Compare(before, after);

        Assert.Equal(DiffGranularity.Word, diff.Granularity);
        Assert.Equal(["the"], diff.Segments.Where(s => s.Operation == DiffOperation.Delete).Select(s => s.Text));
        Assert.Equal(["a"], diff.Segments.Where(s => s.Operation == DiffOperation.Insert).Select(s => s.Text));
    }

    [Fact]
    public void Should_stay_at_word_granularity_when_a_100_kb_article_is_edited_at_both_ends()
    {
        var middle = string.Concat(Enumerable.Repeat(SeedArticle(), 4));
        var before = "Opening line.\n" + middle + "Closing line.\n";
        var after = "Opening line, edited.\n" + middle + "Closing line, edited.\n";

        var diff = TextDiff.Compare(before, after);

        Assert.Equal(DiffGranularity.Word, diff.Granularity);
        Assert.Equal([Eq("Opening line"), Ins(", edited"), Eq(".\n" + middle + "Closing line"), Ins(", edited"), Eq(".\n")], diff.Segments);
    }

    [Fact]
    public void Should_fall_back_to_lines_when_the_changed_region_exceeds_the_word_token_limit()
    {
        var middle = Paragraphs(TextDiff.MaxWordTokens / 10 + 100, seed: 1);
        var before = "Opening line.\n" + middle + "Closing line.\n";
        var after = "Opening line, edited.\n" + middle + "Closing line, edited.\n";

        var diff = TextDiff.Compare(before, after);

        Assert.Equal(DiffGranularity.Line, diff.Granularity);
        Assert.Equal(
            [Del("Opening line.\n"), Ins("Opening line, edited.\n"), Eq(middle), Del("Closing line.\n"), Ins("Closing line, edited.\n")],
            diff.Segments);
    }

    [Fact]
    public void Should_fall_back_to_lines_when_a_long_text_is_rewritten_beyond_the_work_budget()
    {
        // Under the token limit, but every word differs: the word diff would cost far more than its budget.
        var before = Paragraphs(900, seed: 2, vocabulary: "abcdefgh");
        var after = Paragraphs(900, seed: 3, vocabulary: "stuvwxyz");

        var diff = TextDiff.Compare(before, after);

        Assert.Equal(DiffGranularity.Line, diff.Granularity);
        Rebuilds(diff.Segments, before, after);
        Assert.All(diff.Segments.SkipLast(1), s => Assert.EndsWith("\n", s.Text));
    }

    private static string SeedArticle() => TraumaBondCms.Tests.TestData.SeedFiles.Read("000");

    // Lines of ten invented words (about 20 tokens each), each line unique.
    private static string Paragraphs(int lines, int seed, string vocabulary = "aeioulmnrst")
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var line = 0; line < lines; line++)
        {
            text.Append(line).Append('.');
            for (var word = 0; word < 9; word++)
            {
                text.Append(' ');
                for (var c = random.Next(2, 8); c > 0; c--)
                {
                    text.Append(vocabulary[random.Next(vocabulary.Length)]);
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
