using TraumaBondCms.Core.Import;

namespace TraumaBondCms.Core.Tests.Import;

// Crafted texts, one rule at a time. Seed-based tests are in PlainTextArticleImporterTests.Seeds.cs.
public partial class PlainTextArticleImporterTests
{
    private static readonly PlainTextArticleImporter Importer = new();

    private static ImportedArticle Import(string text, ImportOptions? options = null) => Importer.Import(text, options);

    private static string Lines(params string[] lines) => string.Join("\n", lines);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\r\n\t \n")]
    [InlineData("\uFEFF\u200B")]
    public void Should_throw_an_import_exception_with_a_message_when_text_is_empty(string text)
    {
        var error = Assert.Throws<ImportException>(() => Import(text));

        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Should_throw_argument_null_when_text_is_null()
    {
        Assert.Throws<ArgumentNullException>(() => Import(null!));
    }

    [Fact]
    public void Should_throw_an_import_exception_when_only_a_title_and_promotion_remain()
    {
        var text = Lines("My Article", "Share", "→ Spotify", "→ Instagram");

        var error = Assert.Throws<ImportException>(() => Import(text));

        Assert.Contains("promotional", error.Message);
    }

    [Theory]
    [InlineData("---\n* * *")]
    [InlineData("A Title\n-\n-")]
    public void Should_throw_an_import_exception_when_nothing_but_separators_or_markers_remain(string text)
    {
        var error = Assert.Throws<ImportException>(() => Import(text));

        Assert.Contains("No article text", error.Message);
    }

    [Fact]
    public void Should_keep_headings_inline_markup_and_lists_when_input_is_already_markdown()
    {
        var text = Lines("# Leaving Safely", "", "Intro paragraph.", "", "## Planning", "",
            "Text with **bold** and [a link](https://example.org).", "", "### Details", "", "- first", "- second");

        var article = Import(text);

        Assert.Equal("Leaving Safely", article.Title);
        Assert.Equal([(2, "Planning"), (3, "Details")], article.Headings.Select(h => (h.Level, h.Text)));
        Assert.Contains("Text with **bold** and [a link](https://example.org).", article.BodyMarkdown);
        Assert.Equal(["first", "second"], Assert.Single(ImportedMarkdown.Lists(article.BodyMarkdown, ordered: false)));
        Assert.Equal("Intro paragraph.", article.Summary);
    }

    [Fact]
    public void Should_move_headings_down_one_level_when_a_markdown_body_uses_level_one()
    {
        var text = Lines("# Title", "# Part", "Some text here.", "## Sub part", "More text here.");

        var article = Import(text);

        Assert.Equal([(2, "Part"), (3, "Sub part")], ImportedMarkdown.Headings(article.BodyMarkdown));
    }

    [Fact]
    public void Should_escape_a_script_line_so_no_raw_html_reaches_the_body()
    {
        var text = Lines("A Title", "<script>alert('x')</script>", "Some text with a <b>tag</b> and \\<i> inside.");

        var article = Import(text);

        ImportedMarkdown.AssertNoRawHtml(article.BodyMarkdown);
        var html = ImportedMarkdown.ToHtml(article.BodyMarkdown);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<i>", html);
        Assert.Equal([2, 3], article.Findings.Where(f => f.Kind == ImportFindingKind.MarkupEscaped).Select(f => f.Line));
    }

    [Fact]
    public void Should_escape_line_starts_that_markdown_would_read_as_structure()
    {
        var text = Lines("A Title", "#hashtags spread the message quickly.", "> quoted from an e-mail.", "2024. That was the year it ended.",
            "```not a code fence", "[1]: a footnote, not a link definition.");

        var article = Import(text);

        var document = ImportedMarkdown.Parse(article.BodyMarkdown);
        Assert.Equal(5, ImportedMarkdown.Paragraphs(article.BodyMarkdown).Count);
        Assert.Equal(5, document.Count);
        Assert.Equal(
            ["#hashtags spread the message quickly.", "> quoted from an e-mail.", "2024. That was the year it ended.", "```not a code fence", "[1]: a footnote, not a link definition."],
            ImportedMarkdown.Paragraphs(article.BodyMarkdown));
    }

    [Fact]
    public void Should_import_crlf_and_cr_text_exactly_like_lf_text()
    {
        var lines = new[] { "A Title", "", "Opening paragraph.", "A Section", "Body of the section.", "- item one", "- item two" };

        var lf = Import(string.Join("\n", lines));
        var crlf = Import(string.Join("\r\n", lines));
        var cr = Import(string.Join("\r", lines));

        foreach (var other in new[] { crlf, cr })
        {
            Assert.Equal(lf.Title, other.Title);
            Assert.Equal(lf.BodyMarkdown, other.BodyMarkdown);
            Assert.Equal(lf.Headings, other.Headings);
            Assert.Equal(lf.Findings, other.Findings);
        }

        Assert.DoesNotContain('\r', crlf.BodyMarkdown);
        Assert.Equal([(2, "A Section")], lf.Headings.Select(h => (h.Level, h.Text)));
    }

    [Fact]
    public void Should_make_an_ordered_list_when_numbered_lines_follow_each_other()
    {
        var text = Lines("A Title", "Start here.", "1. Reduce contact where possible.", "2) Find one safe person.", "3. Write down what happened.", "That is all.");

        var article = Import(text);

        var list = Assert.Single(ImportedMarkdown.Lists(article.BodyMarkdown, ordered: true));
        Assert.Equal(["Reduce contact where possible.", "Find one safe person.", "Write down what happened."], list);
        Assert.Empty(article.Headings);
    }

    [Fact]
    public void Should_make_a_list_when_short_lines_follow_a_line_ending_with_a_colon()
    {
        var text = Lines("A Title", "Common signs include:", "Difficulty leaving", "Making excuses for them", "Feeling isolated", "These are common.");

        var article = Import(text);

        Assert.Equal(["Difficulty leaving", "Making excuses for them", "Feeling isolated"], Assert.Single(ImportedMarkdown.Lists(article.BodyMarkdown, ordered: false)));
        Assert.Empty(article.Headings);
    }

    [Fact]
    public void Should_keep_platform_names_when_they_are_content_in_a_list()
    {
        var text = Lines("A Title", "Apps that fuel comparison:", "Instagram", "TikTok", "Both reward endless scrolling.");

        var article = Import(text);

        Assert.Equal(["Instagram", "TikTok"], Assert.Single(ImportedMarkdown.Lists(article.BodyMarkdown, ordered: false)));
        Assert.DoesNotContain(article.Findings, f => f.Kind is ImportFindingKind.PromotionalLinesRemoved);
    }

    [Fact]
    public void Should_join_hard_wrapped_lines_into_paragraphs_when_paragraphs_are_separated_by_blank_lines()
    {
        var text = Lines("A Title", "", "Leaving a relationship that hurts you can take many",
            "attempts, and each attempt teaches you something about", "what you need.", "",
            "Support from people who believe you makes the next", "attempt safer.");

        var article = Import(text);

        Assert.Equal(
            ["Leaving a relationship that hurts you can take many attempts, and each attempt teaches you something about what you need.",
             "Support from people who believe you makes the next attempt safer."],
            ImportedMarkdown.Paragraphs(article.BodyMarkdown));
    }

    [Fact]
    public void Should_use_the_given_title_and_report_the_replaced_title_line()
    {
        var text = Lines("Original Heading Of The Page", "Some text.");

        var article = Import(text, new ImportOptions { Title = "  Editor's Title  " });

        Assert.Equal("Editor's Title", article.Title);
        Assert.Equal(1, Assert.Single(article.Findings, f => f.Kind == ImportFindingKind.TitleOverridden).Line);
        Assert.DoesNotContain("Original Heading", article.BodyMarkdown);
    }

    [Fact]
    public void Should_throw_argument_exception_when_the_given_title_is_longer_than_the_field()
    {
        var options = new ImportOptions { Title = new string('t', 161) };

        var error = Assert.Throws<ArgumentException>(() => Import("Some text.", options));

        Assert.Contains("160", error.Message);
    }

    [Fact]
    public void Should_guess_the_title_from_the_first_sentence_when_there_is_no_title_line_or_heading()
    {
        var text = Lines("Nobody chooses a trauma bond. It forms under stress.", "It can be unlearned.");

        var article = Import(text);

        Assert.Equal("Nobody chooses a trauma bond", article.Title);
        Assert.Equal(1, Assert.Single(article.Findings, f => f.Kind == ImportFindingKind.TitleGuessed).Line);
    }

    [Fact]
    public void Should_cut_the_summary_at_a_word_boundary_with_an_ellipsis_when_the_first_paragraph_is_long()
    {
        var paragraph = string.Join(" ", Enumerable.Range(1, 120).Select(i => $"word{i}")) + ".";

        var article = Import(Lines("A Title", paragraph));

        Assert.True(article.Summary.Length <= 400, $"summary has {article.Summary.Length} characters");
        Assert.EndsWith("…", article.Summary);
        var kept = article.Summary[..^1];
        Assert.StartsWith(kept + " ", paragraph);
    }

    [Fact]
    public void Should_keep_a_crisis_line_that_sits_inside_a_promotional_section()
    {
        var text = Lines("A Title", "Body text of the article.", "CALL TO ACTION", "📤 Share this post and follow us for more.",
            "If you are in crisis, call or text 988 now.", "→ Instagram");

        var article = Import(text);

        Assert.Contains("If you are in crisis, call or text 988 now.", ImportedMarkdown.Paragraphs(article.BodyMarkdown));
        Assert.DoesNotContain("Share this post", article.BodyMarkdown);
        Assert.DoesNotContain("Instagram", article.BodyMarkdown);
        Assert.Equal(5, Assert.Single(article.Findings, f => f.Kind == ImportFindingKind.SafetyContentKept).Line);
        Assert.Contains(article.Findings, f => f.Kind == ImportFindingKind.PromotionalSectionRemoved && f.Line == 3);
    }

    [Fact]
    public void Should_keep_promotion_faq_lines_and_repeats_in_the_body_when_the_options_switch_the_rules_off()
    {
        var repeated = "This paragraph is long enough to count as a genuine repeat when it shows up a second time.";
        var text = Lines("A Title", repeated, "Q1: Is it my fault? No.", repeated, "Share");
        var options = new ImportOptions { DetectFaqs = false, CollapseRepeats = false, DropPromotional = false };

        var article = Import(text, options);

        Assert.Empty(article.Faqs);
        Assert.Equal([repeated, "Q1: Is it my fault? No.", repeated, "Share"], ImportedMarkdown.Paragraphs(article.BodyMarkdown));
        Assert.Empty(article.Findings);
    }

    [Fact]
    public void Should_keep_follow_instructions_when_they_introduce_ordinary_steps()
    {
        var text = Lines("A Title", "Follow these steps:", "1. Breathe slowly.", "2. Call a friend you trust.", "It helps.");

        var article = Import(text);

        Assert.Contains("Follow these steps:", ImportedMarkdown.Paragraphs(article.BodyMarkdown));
        Assert.Equal(2, Assert.Single(ImportedMarkdown.Lists(article.BodyMarkdown, ordered: true)).Count);
        Assert.Empty(article.Findings);
    }

    [Fact]
    public void Should_remove_only_the_button_when_the_last_section_is_real_content()
    {
        var text = Lines("A Title", "Intro.", "Moving Forward", "Healing takes time.", "Support helps.", "Rest matters.", "Hope returns.", "Learn More");

        var article = Import(text);

        Assert.Equal([(2, "Moving Forward")], article.Headings.Select(h => (h.Level, h.Text)));
        Assert.EndsWith("Hope returns.", article.BodyMarkdown);
        Assert.Equal(8, Assert.Single(article.Findings, f => f.Kind == ImportFindingKind.PromotionalLinesRemoved).Line);
    }

    [Fact]
    public void Should_keep_short_rhetorical_repeats_when_they_stand_alone()
    {
        var text = Lines("A Title", "You are not alone.", "Many people feel this pull for months after leaving.", "You are not alone.");

        var article = Import(text);

        Assert.Equal(2, ImportedMarkdown.Paragraphs(article.BodyMarkdown).Count(p => p == "You are not alone."));
        Assert.DoesNotContain(article.Findings, f => f.Kind == ImportFindingKind.RepeatedParagraphsCollapsed);
    }

    [Fact]
    public void Should_read_unnumbered_and_numbered_questions_when_they_follow_an_faq_line()
    {
        var text = Lines("A Title", "Intro text of the article.", "FAQ", "Is it love?", "A: It can feel like love.", "It is also conditioning.",
            "2) Why do I go back? Because withdrawal hurts.", "Why Healing Takes Time", "Healing is slow.");

        var article = Import(text);

        Assert.Equal(["Is it love?", "Why do I go back?"], article.Faqs.Select(f => f.Question));
        Assert.Equal(["It can feel like love.", "It is also conditioning."], ImportedMarkdown.Paragraphs(article.Faqs[0].AnswerMarkdown));
        Assert.Equal("Because withdrawal hurts.", article.Faqs[1].AnswerMarkdown);
        Assert.Equal([(2, "Why Healing Takes Time")], article.Headings.Select(h => (h.Level, h.Text)));
        Assert.DoesNotContain("FAQ", article.BodyMarkdown);
    }

    [Fact]
    public void Should_read_question_headings_when_a_markdown_faq_heading_precedes_them()
    {
        var text = Lines("# A Title", "", "Intro.", "", "## Frequently Asked Questions:", "", "### Is it love?", "",
            "It can feel like love.", "", "### Can it change?", "", "With support, yes.");

        var article = Import(text);

        Assert.Equal(["Is it love?", "Can it change?"], article.Faqs.Select(f => f.Question));
        Assert.Equal("With support, yes.", article.Faqs[1].AnswerMarkdown);
        Assert.Empty(article.Headings);
        Assert.Equal("Intro.", article.BodyMarkdown);
    }

    [Fact]
    public void Should_report_a_question_without_an_answer()
    {
        var text = Lines("A Title", "Some text.", "Q1: Is there more?");

        var article = Import(text);

        Assert.Equal("", Assert.Single(article.Faqs).AnswerMarkdown);
        Assert.Equal(3, Assert.Single(article.Findings, f => f.Kind == ImportFindingKind.FaqAnswerMissing).Line);
    }

    [Fact]
    public void Should_keep_any_script_and_repair_broken_surrogates_when_text_is_not_english()
    {
        var text = Lines("信任的重建", "这是一段关于创伤纽带的文字。", "مرحبا بكم في المقال.", "Emoji 🧠 stay \uD800 here.");

        var article = Import(text);

        Assert.Equal("信任的重建", article.Title);
        Assert.Contains("مرحبا بكم في المقال.", article.BodyMarkdown);
        Assert.Contains("Emoji 🧠 stay \uFFFD here.", article.BodyMarkdown);
    }

    [Fact]
    public void Should_collapse_every_repeated_block_when_the_input_is_very_large()
    {
        var sections = Enumerable.Range(0, 5_000).Select(i => $"Paragraph number {i} says something long enough to be a real paragraph of text.");
        var text = "A Title\n" + string.Join("\n", sections) + "\n" + string.Join("\n", sections);

        var article = Import(text);

        Assert.Equal(5_000, ImportedMarkdown.Paragraphs(article.BodyMarkdown).Count);
        var collapsed = Assert.Single(article.Findings, f => f.Kind == ImportFindingKind.RepeatedParagraphsCollapsed);
        Assert.Contains("5000 repeated paragraphs", collapsed.Message);
    }
}
