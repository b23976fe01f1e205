using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Markdown;

/// <summary>
/// Renders Markdown fields for readers. Raw HTML is disabled (it is shown as text), and links or images
/// whose URL is not an allowed absolute or relative web address (e.g. <c>javascript:</c>) lose the URL.
/// Thread-safe.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    /// <summary>Renders <paramref name="markdown"/> to HTML safe to insert into a page.</summary>
    public static string ToHtml(string markdown)
    {
        var document = Parse(markdown);
        return document.ToHtml(Pipeline);
    }

    /// <summary>Renders <paramref name="markdown"/> to plain text: words and line breaks, no markup.</summary>
    public static string ToPlainText(string markdown)
    {
        var document = Parse(markdown);
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return string.Join('\n', writer.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0));
    }

    /// <summary>Parses <paramref name="markdown"/> with the same pipeline, for checks that walk the syntax tree.</summary>
    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = string.Empty;
            }
        }

        // CommonMark autolinks (<scheme:...>) are AutolinkInline, not LinkInline, and accept any scheme;
        // an unsafe one is replaced by its text, since its URL is also its label. Email autolinks render as mailto:.
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsSafeUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline("<" + autolink.Url + ">"));
            }
        }

        return document;
    }

    private static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.StartsWith('#') || url.StartsWith('/'))
        {
            return true;
        }

        return Links.IsAllowedUrl(url);
    }

}
