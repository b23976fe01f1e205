using System.Text;

namespace TraumaBondCms.Core.Import;

// Reading: raw string -> numbered lines -> blocks (one per line, or joined hard-wrapped lines).
public sealed partial class PlainTextArticleImporter
{
    // Hard-wrapped text (e-mail, some "save as plain text" exports) stays under this width; pasted web text has
    // one line per paragraph, several hundred characters long. Used only to tell the two apart.
    private const int MaxWrappedLineLength = 100;

    // In hard-wrapped text a line clearly shorter than the wrap width that ends a sentence is a paragraph's last line.
    private const double ShortWrappedLineRatio = 0.6;

    private readonly record struct SourceLine(string Text, int Number);

    /// <summary>
    /// Unifies line breaks to "\n" and drops characters that only confuse the rules: BOM and zero-width spaces
    /// (invisible, but they make a blank line look non-blank), control characters, and lone surrogates (replaced
    /// by U+FFFD so later Unicode normalisation cannot throw). Tabs become spaces. One pass, linear.
    /// </summary>
    private static string NormaliseText(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\u0085' or '\u2028' or '\u2029')
            {
                sb.Append('\n');
            }
            else if (c == '\t')
            {
                sb.Append(' ');
            }
            else if (c is '\uFEFF' or '\u200B' or '\u2060')
            {
                // Invisible; dropped.
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else if (c == '\n' || !char.IsControl(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Splits into trimmed, 1-based numbered lines; blank lines are kept (as empty text) because they separate paragraphs.</summary>
    private static List<SourceLine> SplitLines(string text)
    {
        var lines = new List<SourceLine>();
        var number = 1;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            lines.Add(new SourceLine(text[range].Trim(), number++));
        }

        return lines;
    }

    /// <summary>
    /// Web pages copied as text often put a list marker alone on its line and the item on the next ("-" then
    /// "Difficulty leaving…"). Re-attaches such a marker to the next non-blank line so the item reads as a bullet.
    /// </summary>
    private static List<SourceLine> AttachDanglingBulletMarkers(List<SourceLine> lines)
    {
        var result = new List<SourceLine>(lines.Count);
        string? pendingMarker = null;
        foreach (var line in lines)
        {
            if (line.Text.Length == 0)
            {
                result.Add(line);
            }
            else if (TrySplitBullet(line.Text, out var marker, out var item) && item.Length == 0)
            {
                pendingMarker = marker;
            }
            else
            {
                result.Add(pendingMarker is null ? line : line with { Text = pendingMarker + " " + line.Text });
                pendingMarker = null;
            }
        }

        return result;
    }

    /// <summary>
    /// Groups lines into blocks. Blank lines separate runs; inside a run every line is its own block (the usual
    /// pasted-web-text shape, like the seeds) unless the run is hard-wrapped prose, whose lines are joined.
    /// </summary>
    private static List<TextBlock> ReadBlocks(List<SourceLine> lines)
    {
        var blocks = new List<TextBlock>();
        var run = new List<SourceLine>();
        foreach (var line in AttachDanglingBulletMarkers(lines))
        {
            if (line.Text.Length > 0)
            {
                run.Add(line);
                continue;
            }

            AddRun(run, blocks);
            run.Clear();
        }

        AddRun(run, blocks);
        return blocks;
    }

    private static void AddRun(List<SourceLine> run, List<TextBlock> blocks)
    {
        if (run.Count == 0)
        {
            return;
        }

        var parsed = new List<TextBlock>(run.Count);
        foreach (var line in run)
        {
            AddParsedLine(line, parsed);
        }

        if (IsHardWrapped(parsed, run))
        {
            JoinWrappedLines(parsed, MaxLength(run), blocks);
        }
        else
        {
            blocks.AddRange(parsed);
        }
    }

    /// <summary>Reads one line's Markdown-ish shape: "#" heading, setext underline, separator, bullet, numbered item, or prose.</summary>
    private static void AddParsedLine(SourceLine line, List<TextBlock> parsed)
    {
        var text = line.Text;
        if (TryParseAtxHeading(text, out var level, out var headingText))
        {
            if (headingText.Length > 0)
            {
                parsed.Add(new TextBlock(BlockKind.Heading, headingText, line.Number) { Level = level, IsExplicitHeading = true });
            }
        }
        else if (IsSetextUnderline(text) && parsed.Count > 0 && parsed[^1].Kind == BlockKind.Paragraph
            && (text[0] == '=' || IsHeadingShaped(parsed[^1].Text)))
        {
            // "Title\n=====" / "Section\n-----": Markdown's underlined headings. A dashed line under a sentence is a separator instead.
            var previous = parsed[^1];
            previous.Kind = BlockKind.Heading;
            previous.Level = text[0] == '=' ? 1 : 2;
            previous.IsExplicitHeading = true;
        }
        else if (IsSeparatorLine(text))
        {
            parsed.Add(new TextBlock(BlockKind.ThematicBreak, text, line.Number));
        }
        else if (TrySplitBullet(text, out var marker, out var item))
        {
            parsed.Add(new TextBlock(BlockKind.Bullet, item, line.Number) { ListMarker = marker });
        }
        else
        {
            var kind = OrderedItemPattern().IsMatch(text) ? BlockKind.OrderedItem : BlockKind.Paragraph;
            parsed.Add(new TextBlock(kind, text, line.Number));
        }
    }

    /// <summary>
    /// A run is hard-wrapped when all its lines fit a typical wrap width, at least half of its prose line breaks
    /// fall mid-sentence, and at least one break visibly splits a sentence (next line starts in lower case).
    /// Lists of short title-case items fail the last test, one-sentence-per-line text fails the second.
    /// </summary>
    private static bool IsHardWrapped(List<TextBlock> parsed, List<SourceLine> run)
    {
        if (run.Count < 2 || MaxLength(run) > MaxWrappedLineLength)
        {
            return false;
        }

        int transitions = 0, openEnds = 0, splitSentences = 0;
        for (var i = 0; i + 1 < parsed.Count; i++)
        {
            if (parsed[i].Kind != BlockKind.Paragraph || parsed[i + 1].Kind != BlockKind.Paragraph)
            {
                continue;
            }

            transitions++;
            if (!EndsWithTerminalPunctuation(parsed[i].Text, questionIsTerminal: true))
            {
                openEnds++;
                if (StartsLikeContinuation(parsed[i + 1].Text))
                {
                    splitSentences++;
                }
            }
        }

        return splitSentences > 0 && openEnds * 2 >= transitions;
    }

    /// <summary>
    /// Joins hard-wrapped prose lines into paragraphs. A new paragraph starts after a short line that ends a
    /// sentence, and a short unpunctuated first line followed by a capital stays on its own (a heading).
    /// Bullets absorb following lines that start in lower case (their wrapped continuation).
    /// </summary>
    private static void JoinWrappedLines(List<TextBlock> parsed, int wrapWidth, List<TextBlock> blocks)
    {
        var shortLine = (int)(wrapWidth * ShortWrappedLineRatio);
        TextBlock? open = null;
        var joined = new StringBuilder();
        var openLines = 0;
        for (var i = 0; i < parsed.Count; i++)
        {
            var block = parsed[i];
            var joinsOpen = open is not null && block.Kind == BlockKind.Paragraph
                && (open.Kind == BlockKind.Paragraph || StartsLikeContinuation(block.Text));
            if (joinsOpen)
            {
                joined.Append(' ').Append(block.Text);
                openLines++;
            }
            else
            {
                Close();
                blocks.Add(block);
                open = block.Kind is BlockKind.Paragraph or BlockKind.Bullet or BlockKind.OrderedItem ? block : null;
                joined.Append(block.Text);
                openLines = 1;
            }

            var endsParagraph = block.Text.Length < shortLine && EndsWithTerminalPunctuation(block.Text, questionIsTerminal: true);
            var standsAlone = openLines == 1 && block.Kind == BlockKind.Paragraph && block.Text.Length < shortLine
                && IsHeadingShaped(block.Text) && i + 1 < parsed.Count && !StartsLikeContinuation(parsed[i + 1].Text);
            if (endsParagraph || standsAlone)
            {
                Close();
            }
        }

        Close();

        // Joined text is built in one buffer so a long wrapped paragraph costs linear, not quadratic, time.
        void Close()
        {
            if (open is not null && openLines > 1)
            {
                open.Text = joined.ToString();
            }

            open = null;
            joined.Clear();
        }
    }

    private static int MaxLength(List<SourceLine> run)
    {
        var max = 0;
        foreach (var line in run)
        {
            max = Math.Max(max, line.Text.Length);
        }

        return max;
    }

    /// <summary>True when text starts the way a wrapped sentence continues: a lower-case letter, a digit or an opening bracket.</summary>
    private static bool StartsLikeContinuation(string text) =>
        text.Length > 0 && (char.IsLower(text[0]) || char.IsDigit(text[0]) || text[0] == '(');
}
