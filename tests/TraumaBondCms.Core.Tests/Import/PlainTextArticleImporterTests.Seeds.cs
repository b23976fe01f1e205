using TraumaBondCms.Core.Import;

using TraumaBondCms.Tests.TestData;

namespace TraumaBondCms.Core.Tests.Import;

// The three real pasted articles in shared/seeds: what an editor gets when importing each of them.
public partial class PlainTextArticleImporterTests
{
    [Fact]
    public void Should_take_title_from_first_heading_and_report_it_when_text_opens_with_a_sentence()
    {
        var text = SeedFiles.Read("000");

        var article = Import(text);

        Assert.Equal("What Trauma Bonding Actually Is", article.Title);
        var guessed = Assert.Single(article.Findings, f => f.Kind == ImportFindingKind.TitleGuessed);
        Assert.Equal(9, guessed.Line);
        Assert.StartsWith("You know it is not good for you. You have known for a long time.", article.Summary);
    }

    [Fact]
    public void Should_find_section_and_numbered_headings_in_order_when_importing_the_long_article()
    {
        var text = SeedFiles.Read("000");

        var article = Import(text);

        (int, string)[] expected =
        [
            (2, "What Trauma Bonding Actually Is"), (2, "The Cycle That Creates the Bond"),
            (3, "Stage 1 — The Idealization Phase"), (3, "Stage 2 — The Incident"), (3, "Stage 3 — The Reconciliation"),
            (3, "Stage 4 — The Calm"), (3, "Stage 5 — The Return"),
            (2, "The Neuroscience of Why You Cannot Simply Leave"),
            (2, "Intermittent Reinforcement — The Most Powerful Conditioning Known to Psychology"),
            (2, "The Cortisol-Dopamine Loop"), (2, "Attachment System Activation"), (2, "Signs You May Be Trauma Bonded"),
            (2, "The Role of Childhood Attachment in Trauma Bonding"), (2, "Breaking the Trauma Bond — What It Actually Takes"),
            (3, "1. No Contact — The Neurological Necessity"), (3, "2. Trauma-Informed Therapy — The Non-Optional Support"),
            (3, "3. Understanding the Cycle — Naming What Happened"), (3, "4. Building External Support — The Counter to Isolation"),
            (3, "5. Rebuilding Identity Outside the Relationship"), (3, "6. Grieving What Was Real"),
            (2, "A Note on Leaving — The Most Dangerous Moment"), (2, "You Are Not Broken — You Were Bonded"),
        ];
        Assert.Equal(expected, article.Headings.Select(h => (h.Level, h.Text)));
        Assert.Equal(expected, ImportedMarkdown.Headings(article.BodyMarkdown));
    }

    [Fact]
    public void Should_move_five_faqs_out_of_the_body_when_questions_are_numbered_Q1_to_Q5()
    {
        var text = SeedFiles.Read("000");

        var article = Import(text);

        Assert.Equal(5, article.Faqs.Count);
        Assert.Equal("Is trauma bonding the same as codependency?", article.Faqs[0].Question);
        Assert.StartsWith("They overlap but are not identical.", article.Faqs[0].AnswerMarkdown);
        Assert.Equal("If I understand that I am trauma bonded, why can’t I just leave?", article.Faqs[4].Question);
        var secondParagraph = ImportedMarkdown.Paragraphs(article.Faqs[2].AnswerMarkdown)[1];
        Assert.StartsWith("Additionally, the intermittent reinforcement", secondParagraph);
        Assert.Equal(5, article.Findings.Count(f => f.Kind == ImportFindingKind.FaqDetected));
        Assert.DoesNotContain("Frequently Asked Questions", article.BodyMarkdown);
        Assert.DoesNotContain("Codependency describes", article.BodyMarkdown);
    }

    [Fact]
    public void Should_keep_the_hotline_paragraph_when_promotion_is_removed()
    {
        var text = SeedFiles.Read("000");

        var article = Import(text);

        var hotline = Assert.Single(ImportedMarkdown.Paragraphs(article.BodyMarkdown), p => p.Contains("1-800-799-7233"));
        Assert.StartsWith("The National Domestic Violence Hotline", hotline);
    }

    [Fact]
    public void Should_remove_and_report_call_to_action_and_music_promotion_when_importing_the_long_article()
    {
        var text = SeedFiles.Read("000");

        var article = Import(text);

        foreach (var promotion in new[] { "CALL TO ACTION", "Truthsinside", "Maren Lull", "Spotify", "Audiomack", "🎵", "📱" })
        {
            Assert.DoesNotContain(promotion, article.BodyMarkdown);
            Assert.DoesNotContain(article.Faqs, f => f.AnswerMarkdown.Contains(promotion));
        }

        var removed = article.Findings.Where(f => f.Kind == ImportFindingKind.PromotionalSectionRemoved).ToList();
        Assert.Equal([100, 111], removed.Select(f => f.Line));
        Assert.Contains("CALL TO ACTION", removed[0].Message);
        Assert.Contains("🎵 Music", removed[1].Message);
        Assert.EndsWith("It is evidence that your nervous system formed a genuine bond and is experiencing genuine withdrawal from its removal.",
            ImportedMarkdown.Paragraphs(article.Faqs[2].AnswerMarkdown)[^1]);
    }

    [Fact]
    public void Should_end_the_last_answer_at_the_music_promotion_when_promotion_is_kept()
    {
        var text = SeedFiles.Read("000");

        var article = Import(text, new ImportOptions { DropPromotional = false });

        Assert.Equal(5, article.Faqs.Count);
        Assert.DoesNotContain("Maren Lull", article.Faqs[4].AnswerMarkdown);
        Assert.EndsWith("a different kind of relationship is possible.", article.Faqs[4].AnswerMarkdown);
        Assert.Equal(["Spotify", "Apple Music", "Youtube", "Audiomack"], Assert.Single(ImportedMarkdown.Lists(article.BodyMarkdown, ordered: false)));
        Assert.DoesNotContain(article.Findings, f => f.Kind is ImportFindingKind.PromotionalSectionRemoved or ImportFindingKind.PromotionalLinesRemoved);
    }

    [Fact]
    public void Should_keep_title_headings_and_bullets_when_importing_the_short_article()
    {
        var text = SeedFiles.Read("001");

        var article = Import(text);

        Assert.Equal("Trauma Bonding: Why It Feels So Hard to Leave", article.Title);
        Assert.DoesNotContain(article.Findings, f => f.Kind == ImportFindingKind.TitleGuessed);
        Assert.Equal(
            ["What defines a trauma bond", "The cycle that keeps people stuck", "Why insight alone may not be enough", "A practical first-stage recovery plan"],
            article.Headings.Select(h => h.Text));
        var list = Assert.Single(ImportedMarkdown.Lists(article.BodyMarkdown, ordered: false));
        Assert.Equal(
            ["Intermittent reinforcement (unpredictable reward)", "Self-doubt amplified by gaslighting", "Isolation from supportive relationships", "Escalating attempts to “fix” the dynamic"],
            list);
        Assert.Empty(article.Faqs);
    }

    [Fact]
    public void Should_remove_and_report_the_closing_consultation_offer_when_importing_the_short_article()
    {
        var text = SeedFiles.Read("001");

        var article = Import(text);

        Assert.DoesNotContain("Schedule Free Consultation", article.BodyMarkdown);
        Assert.DoesNotContain("Need support", article.BodyMarkdown);
        var removed = Assert.Single(article.Findings, f => f.Kind == ImportFindingKind.PromotionalSectionRemoved);
        Assert.Equal(20, removed.Line);
        Assert.Contains("Need support with similar patterns?", removed.Message);
        Assert.EndsWith("prevents repetition of the same pattern in new relationships.", article.BodyMarkdown);
    }

    [Fact]
    public void Should_keep_the_repeated_intro_once_and_report_it_when_importing_the_article_pasted_twice()
    {
        var text = SeedFiles.Read("002");

        var article = Import(text);

        var paragraphs = ImportedMarkdown.Paragraphs(article.BodyMarkdown);
        Assert.Single(paragraphs, p => p == "There are relationships that leave bruises you can see.");
        Assert.Single(paragraphs, p => p == "Understanding how these bonds form is often one of the first steps toward healing.");
        var collapsed = Assert.Single(article.Findings, f => f.Kind == ImportFindingKind.RepeatedParagraphsCollapsed);
        Assert.Equal(20, collapsed.Line);
        Assert.Contains("17 repeated paragraphs", collapsed.Message);
    }

    [Fact]
    public void Should_drop_the_share_line_and_keep_title_and_headings_when_importing_the_article_pasted_twice()
    {
        var text = SeedFiles.Read("002");

        var article = Import(text);

        Assert.Equal("What Are Trauma Bonds? Why It's So Hard to Let Go of Toxic Relationships", article.Title);
        Assert.DoesNotContain("Share", ImportedMarkdown.Paragraphs(article.BodyMarkdown));
        Assert.Equal(2, Assert.Single(article.Findings, f => f.Kind == ImportFindingKind.PromotionalLinesRemoved).Line);
        Assert.Equal(
            [
                "What Is a Trauma Bond?", "Why Trauma Bonds Feel So Strong", "Signs You May Be Experiencing a Trauma Bond",
                "Toxic Relationships and the Energy of Trauma Bonds", "Trauma Bonds Don't Only Happen in Romantic Relationships",
                "Why No Contact Can Be So Powerful", "Breaking the Cycle of a Trauma Bond", "Energy Draining Relationships",
                "Healing the Emotional Impact", "Healing Trauma Bonds Is Not About Forgetting", "Rebuilding Trust in Yourself",
                "Returning to Yourself",
            ],
            article.Headings.Select(h => h.Text));
        Assert.All(article.Headings, h => Assert.Equal(2, h.Level));
    }

    [Fact]
    public void Should_join_dangling_dash_markers_with_their_items_when_a_web_list_was_pasted()
    {
        var text = SeedFiles.Read("002");

        var article = Import(text);

        var list = Assert.Single(ImportedMarkdown.Lists(article.BodyMarkdown, ordered: false));
        Assert.Equal(9, list.Count);
        Assert.Equal("Difficulty leaving despite repeated harm", list[0]);
        Assert.Equal("Confusing intensity with intimacy", list[^1]);
    }

    [Fact]
    public void Should_keep_and_report_links_to_other_articles_when_importing_the_article_pasted_twice()
    {
        var text = SeedFiles.Read("002");

        var article = Import(text);

        var references = article.Findings.Where(f => f.Kind == ImportFindingKind.CrossReferenceFound).Select(f => f.Line);
        Assert.Equal([93, 100, 108, 122, 128, 149], references);
        Assert.Contains("For a deeper exploration, read Toxic Dating: Understanding the Energy of Toxic Love", ImportedMarkdown.Paragraphs(article.BodyMarkdown));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void Should_produce_fields_within_their_limits_and_markdown_without_html_when_importing_a_seed(string seed)
    {
        var text = SeedFiles.Read(seed);

        var article = Import(text);

        Assert.InRange(article.Title.Length, 1, 160);
        Assert.InRange(article.Summary.Length, 1, 400);
        Assert.All(article.Faqs, f => Assert.InRange(f.Question.Length, 1, 300));
        ImportedMarkdown.AssertNoRawHtml(article.BodyMarkdown);
        Assert.All(article.Faqs, f => ImportedMarkdown.AssertNoRawHtml(f.AnswerMarkdown));
        Assert.Equal(article.Headings.Select(h => (h.Level, h.Text)), ImportedMarkdown.Headings(article.BodyMarkdown));
        Assert.Equal(article.Findings.OrderBy(f => f.Line), article.Findings);
    }
}
