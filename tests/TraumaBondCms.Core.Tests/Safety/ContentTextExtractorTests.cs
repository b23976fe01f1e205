using TraumaBondCms.Core.Safety;

namespace TraumaBondCms.Core.Tests.Safety;

public class ContentTextExtractorTests
{
    [Fact]
    public void Should_give_plain_text_blocks_when_markdown_has_headings_lists_and_emphasis()
    {
        var text = ContentTextExtractor.ExtractMarkdown("body", "## Getting help\n\nYou are **not** alone.\n\n- Call *now*\n- Text later");

        Assert.Equal(["Getting help", "You are not alone.", "Call now", "Text later"], text.Segments.Select(s => s.Text));
    }

    [Fact]
    public void Should_list_links_with_their_text_and_paragraph_when_markdown_links()
    {
        var text = ContentTextExtractor.ExtractMarkdown("body", "Chat with [the hotline](https://www.thehotline.org/chat), see <https://988lifeline.org> or https://example.org/a.");

        Assert.Equal(
            [("https://www.thehotline.org/chat", "the hotline"), ("https://988lifeline.org", null), ("https://example.org/a", null)],
            text.Links.Select(l => (l.Url, l.Label)));
        Assert.All(text.Links, l => Assert.StartsWith("Chat with the hotline", l.Context));
    }

    [Fact]
    public void Should_report_raw_html_and_leave_code_out_when_markdown_has_both()
    {
        var text = ContentTextExtractor.ExtractMarkdown("body", "Hello <b>there</b>.\n\n<div>block</div>\n\n`<i>` is code.\n\n    <p>also code</p>");

        Assert.Equal(["<b>", "</b>", "<div>block</div>"], text.RawHtml.Select(h => h.Html));
        Assert.DoesNotContain(text.Segments, s => s.Text.Contains("also code", StringComparison.Ordinal));
    }
}
