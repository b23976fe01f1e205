using System.Text.RegularExpressions;

namespace TraumaBondCms.Core.Import;

// FAQs: questions and their answers leave the body and become FAQ drafts.
public sealed partial class PlainTextArticleImporter
{
    /// <summary>A question with the blocks of its answer, before rendering.</summary>
    private sealed class FaqDraft(string question, int line)
    {
        public string Question { get; } = question;

        public int Line { get; } = line;

        public List<TextBlock> Answer { get; } = [];
    }

    /// <summary>
    /// Moves FAQs out of the body. A question opens an FAQ; its answer is the rest of its line plus the following
    /// paragraphs and list items, up to the next question, heading, separator or promotional block. The
    /// "Frequently Asked Questions" line is dropped once a question follows it; with none it stays as a heading.
    /// </summary>
    private static List<FaqDraft> ExtractFaqs(List<TextBlock> blocks, List<ImportFinding> findings)
    {
        var faqs = new List<FaqDraft>();
        var kept = new List<TextBlock>(blocks.Count);
        TextBlock? openSection = null;
        var sectionLabelAt = -1;
        FaqDraft? current = null;
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.FaqSectionStart)
            {
                openSection = block;
                sectionLabelAt = kept.Count;
                current = null;
                kept.Add(block);
            }
            else if (block.Question is { } question && (openSection is not null || !question.NeedsFaqSection))
            {
                current = new FaqDraft(question.Question, block.Line);
                faqs.Add(current);
                if (question.InlineAnswer.Length > 0)
                {
                    current.Answer.Add(new TextBlock(BlockKind.Paragraph, StripAnswerLabel(question.InlineAnswer), block.Line));
                }

                if (sectionLabelAt >= 0)
                {
                    // The section line has done its job; FAQs are not body headings.
                    kept.RemoveAt(sectionLabelAt);
                    sectionLabelAt = -1;
                }
            }
            else if (current is not null && block.Promo == PromoRole.None
                && block.Kind is BlockKind.Paragraph or BlockKind.Bullet or BlockKind.OrderedItem)
            {
                if (current.Answer.Count == 0)
                {
                    block.Text = StripAnswerLabel(block.Text);
                }

                current.Answer.Add(block);
            }
            else
            {
                current = null;
                if (block.Kind == BlockKind.Heading || block.Promo != PromoRole.None)
                {
                    openSection = null;
                    sectionLabelAt = -1;
                }

                kept.Add(block);
            }
        }

        foreach (var unused in kept.FindAll(b => b.Kind == BlockKind.FaqSectionStart))
        {
            unused.Kind = BlockKind.Heading;
        }

        blocks.Clear();
        blocks.AddRange(kept);
        ReportFaqs(faqs, findings);
        return faqs;
    }

    private static void ReportFaqs(List<FaqDraft> faqs, List<ImportFinding> findings)
    {
        for (var i = 0; i < faqs.Count; i++)
        {
            var faq = faqs[i];
            findings.Add(new ImportFinding(ImportFindingKind.FaqDetected,
                $"FAQ {i + 1} “{Shorten(faq.Question, 120)}” (line {faq.Line}) and its answer were moved out of the body.", faq.Line));
            if (faq.Answer.Count == 0)
            {
                findings.Add(new ImportFinding(ImportFindingKind.FaqAnswerMissing,
                    $"FAQ “{Shorten(faq.Question, 120)}” (line {faq.Line}) has no answer text.", faq.Line));
            }
        }
    }

    /// <summary>Removes an "A:" / "Answer 1:" label that some FAQ layouts put before the answer.</summary>
    private static string StripAnswerLabel(string text) => AnswerLabelPattern().Replace(text, "", 1);

    [GeneratedRegex(@"^A(?:nswer)?\s*\d{0,3}\s*[:)]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AnswerLabelPattern();
}
