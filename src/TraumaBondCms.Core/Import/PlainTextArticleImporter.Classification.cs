using System.Text.RegularExpressions;

namespace TraumaBondCms.Core.Import;

// Classification: decides which prose blocks are the title, headings, list items, FAQ questions or cross-references.
public sealed partial class PlainTextArticleImporter
{
    private const int MaxTitleWords = 25;

    // List items introduced by a colon are short; longer lines are sentences that merely follow a colon.
    private const int MaxIntroducedListItemLength = 80;

    /// <summary>
    /// Takes the first block as the title when it looks like one: Markdown "# Title", or a line no longer than
    /// the title field (160), without sentence-final punctuation, not a list item, question or promotion.
    /// Pasted articles usually start with their title (seeds 001, 002); a hook sentence ending in "." does not count.
    /// </summary>
    private static TextBlock? TakeTitleLine(List<TextBlock> blocks)
    {
        var first = blocks.FindIndex(b => b.Promo == PromoRole.None);
        if (first < 0)
        {
            return null;
        }

        var block = blocks[first];
        var looksLikeTitle = block.IsExplicitHeading
            || (block.Kind == BlockKind.Paragraph && block.Text.Length <= MaxTitleLength
                && block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTitleWords
                && !EndsWithTerminalPunctuation(block.Text, questionIsTerminal: false)
                && !StrongQuestionPattern().IsMatch(block.Text) && !FaqSectionLabelPattern().IsMatch(block.Text)
                && FirstVisibleRune(block.Text, skipEmoji: true) is { } rune
                && (System.Text.Rune.IsLetterOrDigit(rune) || (rune.IsBmp && "\"'“‘«".Contains((char)rune.Value))));
        if (!looksLikeTitle)
        {
            return null;
        }

        blocks.RemoveAt(first);
        return block;
    }

    /// <summary>Runs the classification rules in dependency order; each refines what the previous left.</summary>
    private static void Classify(List<TextBlock> blocks, bool detectFaqs)
    {
        MarkFollowsColon(blocks);
        MarkCrossReferences(blocks);
        MarkIntroducedLists(blocks);
        MarkOrderedLists(blocks);
        MarkHeadings(blocks, detectFaqs);
        if (detectFaqs)
        {
            MarkFaqCandidates(blocks);
        }
    }

    /// <summary>A line after one ending in ":" continues what the colon introduced, so it is never a heading.</summary>
    private static void MarkFollowsColon(List<TextBlock> blocks)
    {
        for (var i = 1; i < blocks.Count; i++)
        {
            blocks[i].FollowsColon = blocks[i - 1].Text.TrimEnd().EndsWith(':');
        }
    }

    /// <summary>
    /// "For more insight, read Other Article." and "Learn more in …" point to the source site's other pages. They
    /// are kept (an editor may link them) but must not be mistaken for headings, and are reported.
    /// </summary>
    private static void MarkCrossReferences(List<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Kind != BlockKind.Paragraph || block.Text.Length > 300)
            {
                continue;
            }

            var match = CrossReferencePattern().Match(block.Text);
            if (!match.Success)
            {
                continue;
            }

            var target = match.Groups["target"].Value;
            var pointsAtTitle = target.Length == 0 ? block.Text.EndsWith(':')
                : FirstVisibleRune(target, skipEmoji: false) is { } rune && !System.Text.Rune.IsLower(rune);
            block.IsCrossReference = pointsAtTitle;
        }
    }

    /// <summary>
    /// Short unpunctuated lines right after a line ending in ":" are the items it introduces ("signs include:").
    /// Conservative: at least two such lines in a row, each starting with a capital and at most 80 characters.
    /// </summary>
    private static void MarkIntroducedLists(List<TextBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i].FollowsColon)
            {
                continue;
            }

            var end = i;
            while (end < blocks.Count && IsIntroducedListItem(blocks[end]))
            {
                end++;
            }

            if (end - i >= 2)
            {
                for (var j = i; j < end; j++)
                {
                    blocks[j].Kind = BlockKind.Bullet;
                }
            }

            i = Math.Max(i, end - 1);
        }
    }

    private static bool IsIntroducedListItem(TextBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Promo == PromoRole.None && block.Text.Length <= MaxIntroducedListItemLength
        && IsHeadingShaped(block.Text) && !block.Text.EndsWith('?');

    /// <summary>
    /// Two or more numbered lines in a row are an ordered list. A lone numbered line is either a numbered section
    /// heading ("1. No Contact — …", decided in <see cref="MarkHeadings"/>) or prose whose number gets escaped.
    /// </summary>
    private static void MarkOrderedLists(List<TextBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.OrderedItem)
            {
                continue;
            }

            var end = i;
            while (end < blocks.Count && blocks[end].Kind == BlockKind.OrderedItem)
            {
                end++;
            }

            if (end - i == 1)
            {
                blocks[i].Kind = BlockKind.Paragraph;
            }

            i = end - 1;
        }
    }

    /// <summary>
    /// A heading-shaped line becomes a heading when body text follows it: "##" for section titles, "###" for
    /// numbered ones ("1. …", "Stage 2 — …"). Decided back to front so a section heading may be followed by a
    /// numbered sub-heading that is itself followed by text. "Frequently Asked Questions" opens the FAQ section.
    /// </summary>
    private static void MarkHeadings(List<TextBlock> blocks, bool detectFaqs)
    {
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            var block = blocks[i];
            if (detectFaqs && block.Kind is BlockKind.Paragraph or BlockKind.Heading && block.Promo == PromoRole.None
                && FaqSectionLabelPattern().IsMatch(block.Text))
            {
                // Level kept for the case it has no questions after all and turns back into a heading.
                block.Kind = BlockKind.FaqSectionStart;
                block.Level = block.IsExplicitHeading ? block.Level : 2;
                continue;
            }

            if (block.Kind != BlockKind.Paragraph || block.FollowsColon || block.IsCrossReference
                || block.Promo == PromoRole.Line || !IsHeadingShaped(block.Text))
            {
                continue;
            }

            var level = NumberedHeadingPattern().IsMatch(block.Text) ? 3 : 2;
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            // A promotional section label counts as a heading before its own promotional lines (kept when promotion is not dropped).
            var bodyFollows = next is not null && (next.Promo == PromoRole.None || block.Promo == PromoRole.SectionStart)
                && (next.Kind is BlockKind.Paragraph or BlockKind.Bullet or BlockKind.OrderedItem
                    || (next.Kind == BlockKind.Heading && !next.IsExplicitHeading && next.Level > level));
            if (bodyFollows)
            {
                block.Kind = BlockKind.Heading;
                block.Level = level;
            }
        }
    }

    /// <summary>
    /// Marks blocks that open an FAQ: "Q1: …? answer" anywhere; "1) …?" and question-shaped headings only under
    /// an FAQ section line (elsewhere they are ordinary numbered headings or rhetorical sub-headings).
    /// </summary>
    private static void MarkFaqCandidates(List<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Kind is BlockKind.ThematicBreak or BlockKind.FaqSectionStart || block.Promo != PromoRole.None)
            {
                continue;
            }

            var strong = StrongQuestionPattern().Match(block.Text);
            if (strong.Success && block.Kind != BlockKind.Bullet && HasLetter(strong.Groups["q"].ValueSpan))
            {
                block.Question = new FaqQuestionMatch(strong.Groups["q"].Value.Trim(), strong.Groups["a"].Value.Trim(), false);
                continue;
            }

            var numbered = NumberedQuestionPattern().Match(block.Text);
            if (numbered.Success && block.Kind != BlockKind.Bullet && HasLetter(numbered.Groups["q"].ValueSpan))
            {
                block.Question = new FaqQuestionMatch(numbered.Groups["q"].Value.Trim(), numbered.Groups["a"].Value.Trim(), true);
            }
            else if (block.Kind is BlockKind.Heading or BlockKind.Paragraph && IsHeadingShaped(block.Text)
                && block.Text.Length <= MaxQuestionLength && block.Text.TrimEnd().EndsWith('?'))
            {
                block.Question = new FaqQuestionMatch(block.Text.Trim(), "", true);
            }
        }
    }

    /// <summary>"Q1: …?", "Q: …?", "Question 3. …?"; the question (≤ 300 characters) runs to the first question mark.</summary>
    [GeneratedRegex(@"^Q(?:uestion)?\s*\d{0,3}\s*[:.)–—-]\s*(?<q>[^?？]{1,299}[?？])(?:\s+(?<a>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex StrongQuestionPattern();

    /// <summary>"1) …?" or "2. …?" with an optional answer on the same line.</summary>
    [GeneratedRegex(@"^\d{1,3}[.)]\s+(?<q>[^?？]{1,299}[?？])(?:\s+(?<a>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedQuestionPattern();

    /// <summary>The line that opens an FAQ section.</summary>
    [GeneratedRegex(@"^(?:frequently\s+asked\s+questions|faqs?|common\s+questions)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FaqSectionLabelPattern();

    /// <summary>Numbered section headings: "1. Title", "2) Title", "Stage 3 — Title", "Step 4: Title".</summary>
    [GeneratedRegex(@"^(?:\d{1,2}[.)]\s|(?:Stage|Step|Phase|Part|Chapter|Section|Sign|Tip|Reason|Lesson|Myth|Day|Week)\s+\d{1,2}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedHeadingPattern();

    /// <summary>"For a deeper exploration, read X", "Learn more in X", "See also: X", "To understand this, explore:".</summary>
    [GeneratedRegex(@"^(?:(?:[^,.!?:]{2,60},\s*(?:read|explore|see|check\s+out))|learn\s+more(?:\s+(?:in|about|at|from))?|read\s+more(?:\s+(?:in|about|at))?|see\s+also|related(?:\s+reading)?|further\s+reading)\b\s*:?\s*(?<target>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CrossReferencePattern();
}
