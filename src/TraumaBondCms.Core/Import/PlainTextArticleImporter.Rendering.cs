using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;

namespace TraumaBondCms.Core.Import;

// Rendering: blocks -> CommonMark with every meaning-changing character escaped; plain text for title and summary.
public sealed partial class PlainTextArticleImporter
{
    // Below this the opening paragraph is a one-line hook ("You know it is not good for you."); following intro
    // paragraphs are added to make a useful summary.
    private const int MinSummaryLength = 160;

    // Only used to strip inline Markdown for plain-text fields; raw HTML off like the CMS's renderer. Thread-safe.
    private static readonly MarkdownPipeline PlainTextPipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>
    /// Renders blocks as CommonMark: "##"/"###" headings, "- " bullets, "1. " items (consecutive items form one
    /// tight list), "---" separators, one paragraph per block, blank lines between blocks. No trailing newline.
    /// </summary>
    private static string RenderMarkdown(List<TextBlock> blocks)
    {
        var sb = new StringBuilder();
        BlockKind? previous = null;
        foreach (var block in blocks)
        {
            if (sb.Length > 0)
            {
                sb.Append(block.Kind == previous && block.Kind is BlockKind.Bullet or BlockKind.OrderedItem ? "\n" : "\n\n");
            }

            switch (block.Kind)
            {
                case BlockKind.Heading:
                    sb.Append('#', block.Level).Append(' ').Append(EscapeHeadingText(block.Text));
                    break;
                case BlockKind.Bullet:
                    sb.Append("- ").Append(EscapeBlockText(block.Text));
                    break;
                case BlockKind.OrderedItem:
                    // "2) x" and "2. x" both become "2. x": CommonMark starts a new list when the delimiter changes.
                    var digits = block.Text.AsSpan().IndexOfAnyExceptInRange('0', '9');
                    sb.Append(block.Text.AsSpan(0, digits)).Append(". ").Append(EscapeBlockText(block.Text[(digits + 1)..].Trim()));
                    break;
                case BlockKind.ThematicBreak:
                    sb.Append("---");
                    break;
                default:
                    sb.Append(EscapeBlockText(block.Text));
                    break;
            }

            previous = block.Kind;
        }

        return sb.ToString();
    }

    /// <summary>Escapes a paragraph or list item: every unescaped "&lt;" and whatever at the line start would make it a different block.</summary>
    private static string EscapeBlockText(string text) => EscapeLineStart(EscapeAngleBrackets(text));

    /// <summary>
    /// Escapes the starts CommonMark would read as structure: "#" (heading), "&gt;" (quote), "- + *" and
    /// separators (lists, rules), "12." / "12)" (ordered list), fences (code) and "[x]:" (link definitions).
    /// </summary>
    private static string EscapeLineStart(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var first = text[0];
        if (first is '#' or '>' || ((first is '-' or '+' or '*' or '_') && (text.Length == 1 || text[1] == ' ' || IsSeparatorLine(text)))
            || text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal)
            || LinkDefinitionStartPattern().IsMatch(text))
        {
            return "\\" + text;
        }

        if (OrderedListStartPattern().IsMatch(text))
        {
            var delimiter = text.AsSpan().IndexOfAnyExceptInRange('0', '9');
            return string.Concat(text.AsSpan(0, delimiter), "\\", text.AsSpan(delimiter));
        }

        return text;
    }

    /// <summary>
    /// Puts a backslash before every "&lt;" not already escaped, so no raw HTML, comment or autolink can form
    /// (the CMS renders with HTML disabled, but the stored Markdown stays clean too).
    /// </summary>
    private static string EscapeAngleBrackets(string text)
    {
        if (!text.Contains('<'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        var backslashes = 0;
        foreach (var c in text)
        {
            if (c == '<' && backslashes % 2 == 0)
            {
                sb.Append('\\');
            }

            backslashes = c == '\\' ? backslashes + 1 : 0;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Escapes heading text: "&lt;", and a trailing " #" run that CommonMark would drop as a closing sequence.</summary>
    private static string EscapeHeadingText(string text)
    {
        var escaped = EscapeAngleBrackets(text);
        var run = escaped.Length;
        while (run > 0 && escaped[run - 1] == '#')
        {
            run--;
        }

        return run < escaped.Length && (run == 0 || escaped[run - 1] == ' ') ? escaped.Insert(run, "\\") : escaped;
    }

    /// <summary>
    /// Plain text of one block's inline Markdown (emphasis markers, link syntax and escapes removed), whitespace
    /// collapsed. Only the first few thousand characters are converted: callers cut to 400 at most.
    /// </summary>
    private static string ToPlainText(string text)
    {
        const int enough = 4 * MaxSummaryLength;
        var head = text.Length <= enough ? text : text[..(char.IsHighSurrogate(text[enough - 1]) ? enough - 1 : enough)];
        var plain = Markdig.Markdown.ToPlainText(EscapeBlockText(head), PlainTextPipeline);
        return string.Join(' ', plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Summary: the first prose paragraph, extended with the paragraphs right after it while it is still shorter
    /// than 160 characters (the seeds open with one-sentence lines) and the result fits 400; cut with "…" if longer.
    /// </summary>
    private static string BuildSummary(List<TextBlock> blocks)
    {
        var first = blocks.FindIndex(IsSummaryParagraph);
        if (first < 0)
        {
            return "";
        }

        var summary = ToPlainText(blocks[first].Text);
        for (var i = first + 1; i < blocks.Count && summary.Length < MinSummaryLength && IsSummaryParagraph(blocks[i]); i++)
        {
            var next = ToPlainText(blocks[i].Text);
            if (summary.Length + 1 + next.Length > MaxSummaryLength)
            {
                break;
            }

            summary += " " + next;
        }

        return Shorten(summary, MaxSummaryLength);
    }

    private static bool IsSummaryParagraph(TextBlock block) => block.Kind == BlockKind.Paragraph && !block.IsCrossReference;

    /// <summary>
    /// Cuts text to at most <paramref name="max"/> UTF-16 units including a final "…", at a word boundary when
    /// one exists in the second half, never inside a surrogate pair or combining sequence.
    /// </summary>
    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= max - 1)
        {
            cut = elements.ElementIndex + elements.GetTextElement().Length;
        }

        var space = text.LastIndexOf(' ', cut);
        if (space > max / 2)
        {
            cut = space;
        }

        return text[..cut].TrimEnd(' ', ',', ';', ':', '—', '–', '-') + "…";
    }

    /// <summary>What CommonMark reads as an ordered list start: up to nine digits, "." or ")", then a space or the end.</summary>
    [GeneratedRegex(@"^\d{1,9}[.)](?: |$)", RegexOptions.CultureInvariant)]
    private static partial Regex OrderedListStartPattern();

    [GeneratedRegex(@"^\[[^\]]{0,999}\]:", RegexOptions.CultureInvariant)]
    private static partial Regex LinkDefinitionStartPattern();
}
