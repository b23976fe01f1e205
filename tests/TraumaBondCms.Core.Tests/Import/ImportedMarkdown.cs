using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TraumaBondCms.Core.Tests.Import;

/// <summary>
/// Reads an importer's body back with Markdig so tests assert structure (headings, lists, paragraphs) rather
/// than spacing. Parses with raw HTML *enabled*: any HTML the importer let through would show up as HTML nodes.
/// </summary>
internal static class ImportedMarkdown
{
    private static readonly MarkdownPipeline HtmlEnabled = new MarkdownPipelineBuilder().Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, HtmlEnabled);

    public static string ToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown, HtmlEnabled);

    public static List<(int Level, string Text)> Headings(string markdown) =>
        Parse(markdown).Descendants<HeadingBlock>().Select(h => (h.Level, InlineText(h.Inline))).ToList();

    public static List<List<string>> Lists(string markdown, bool ordered) =>
        Parse(markdown).Descendants<ListBlock>().Where(l => l.IsOrdered == ordered)
            .Select(l => l.OfType<ListItemBlock>().Select(ItemText).ToList()).ToList();

    public static List<string> Paragraphs(string markdown) =>
        Parse(markdown).OfType<ParagraphBlock>().Select(p => InlineText(p.Inline)).ToList();

    public static void AssertNoRawHtml(string markdown)
    {
        var document = Parse(markdown);

        Assert.Empty(document.Descendants<HtmlBlock>());
        Assert.Empty(document.Descendants<HtmlInline>());
        Assert.Empty(document.Descendants<AutolinkInline>());
    }

    private static string ItemText(ListItemBlock item) =>
        string.Join(" ", item.Descendants<ParagraphBlock>().Select(p => InlineText(p.Inline)));

    private static string InlineText(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
