using System.Text.RegularExpressions;
using TraumaBondCms.Core.Markdown;

namespace TraumaBondCms.Core.Tests.Markdown;

public class MarkdownRendererTests
{
    /// <summary>An href or src attribute whose URL uses a script or data scheme.</summary>
    private static readonly Regex UnsafeAttribute = new("(href|src)=\"\\s*(javascript|vbscript|data):", RegexOptions.IgnoreCase);

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Hello <script>alert(1)</script> there")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    public void Should_show_raw_html_as_text_when_markdown_contains_it(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("[click][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("![pic](javascript:alert(1))")]
    [InlineData("[click](data:text/html,x)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JAVASCRIPT:alert(1)>")]
    public void Should_drop_the_url_when_a_link_uses_a_script_or_data_scheme(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotMatch(UnsafeAttribute, html);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>", "<p>&lt;javascript:alert(1)&gt;</p>\n")]
    [InlineData("See <vbscript:msgbox(1)> here", "<p>See &lt;vbscript:msgbox(1)&gt; here</p>\n")]
    public void Should_show_an_unsafe_autolink_as_text_when_markdown_has_one(string markdown, string expected)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.Equal(expected, html);
    }

    [Theory]
    [InlineData("[The Hotline](https://www.thehotline.org)", "<a href=\"https://www.thehotline.org\">The Hotline</a>")]
    [InlineData("[Write](mailto:help@example.org)", "<a href=\"mailto:help@example.org\">Write</a>")]
    [InlineData("[Call](tel:988)", "<a href=\"tel:988\">Call</a>")]
    [InlineData("[Next](/articles/leaving)", "<a href=\"/articles/leaving\">Next</a>")]
    [InlineData("[Up](#signs)", "<a href=\"#signs\">Up</a>")]
    [InlineData("<https://988lifeline.org>", "<a href=\"https://988lifeline.org\">https://988lifeline.org</a>")]
    [InlineData("<help@example.org>", "<a href=\"mailto:help@example.org\">help@example.org</a>")]
    public void Should_keep_the_url_when_a_link_is_safe(string markdown, string expected)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.Contains(expected, html);
    }

    [Fact]
    public void Should_link_bare_web_address_when_text_contains_one()
    {
        var html = MarkdownRenderer.ToHtml("Call or visit https://988lifeline.org today.");

        Assert.Contains("<a href=\"https://988lifeline.org\">https://988lifeline.org</a>", html);
    }

    [Fact]
    public void Should_render_headings_lists_and_emphasis_when_markdown_uses_them()
    {
        var html = MarkdownRenderer.ToHtml("# Signs\n\nIt is **not** your *fault*.\n\n- Isolation\n- Intermittent reward\n");

        Assert.Equal(
            "<h1>Signs</h1>\n<p>It is <strong>not</strong> your <em>fault</em>.</p>\n<ul>\n<li>Isolation</li>\n<li>Intermittent reward</li>\n</ul>\n",
            html);
    }

    [Fact]
    public void Should_have_no_markup_when_rendered_to_plain_text()
    {
        var text = MarkdownRenderer.ToPlainText("# Signs\n\nIt is **not** your [fault](https://example.org).\n\n1. Isolation\n2. Intermittent *reward*\n\n> Quoted\n");

        Assert.Equal("Signs\nIt is not your fault.\nIsolation\nIntermittent reward\nQuoted", text);
    }
}
