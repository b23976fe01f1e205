using System.Text.Json;
using TraumaBondCms.Core.Markdown;

namespace TraumaBondCms.Core.Tests.Markdown;

/// <summary>The mdast tree a native app renders from: node types and fields as mdast names them, and the HTML's safety.</summary>
public class MarkdownSyntaxTreeTests
{
    [Fact]
    public void Should_give_mdast_headings_paragraphs_and_inline_marks_when_markdown_uses_them()
    {
        var tree = Json(MarkdownSyntaxTree.From("## Why leaving is hard\n\nIt is *not* your **fault**: see [the hotline](https://www.thehotline.org \"NDVH\") or `988`."));

        Assert.Equal(
            """{"type":"root","children":[{"type":"heading","depth":2,"children":[{"type":"text","value":"Why leaving is hard"}]},{"type":"paragraph","children":[{"type":"text","value":"It is "},{"type":"emphasis","children":[{"type":"text","value":"not"}]},{"type":"text","value":" your "},{"type":"strong","children":[{"type":"text","value":"fault"}]},{"type":"text","value":": see "},{"type":"link","url":"https://www.thehotline.org","title":"NDVH","children":[{"type":"text","value":"the hotline"}]},{"type":"text","value":" or "},{"type":"inlineCode","value":"988"},{"type":"text","value":"."}]}]}""",
            tree);
    }

    [Fact]
    public void Should_give_ordered_lists_their_start_and_tight_lists_no_spread_when_markdown_has_lists()
    {
        var tree = Json(MarkdownSyntaxTree.From("3. Call\n4. Plan\n\n- Pack\n- Leave"));

        Assert.Equal(
            """{"type":"root","children":[{"type":"list","ordered":true,"start":3,"spread":false,"children":[{"type":"listItem","spread":false,"children":[{"type":"paragraph","children":[{"type":"text","value":"Call"}]}]},{"type":"listItem","spread":false,"children":[{"type":"paragraph","children":[{"type":"text","value":"Plan"}]}]}]},{"type":"list","ordered":false,"start":null,"spread":false,"children":[{"type":"listItem","spread":false,"children":[{"type":"paragraph","children":[{"type":"text","value":"Pack"}]}]},{"type":"listItem","spread":false,"children":[{"type":"paragraph","children":[{"type":"text","value":"Leave"}]}]}]}]}""",
            tree);
    }

    [Theory]
    [InlineData("<script>alert(1)</script> and text")]
    [InlineData("Hello <img src=x onerror=alert(1)> there")]
    public void Should_keep_raw_html_as_text_when_markdown_contains_it(string markdown)
    {
        var tree = Json(MarkdownSyntaxTree.From(markdown));

        Assert.DoesNotContain("\"type\":\"html\"", tree, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"text\"", tree, StringComparison.Ordinal);
        Assert.Contains("alert(1)", tree, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click][r]\n\n[r]: vbscript:msgbox(1)")]
    public void Should_empty_the_url_when_a_link_uses_a_script_scheme(string markdown)
    {
        var tree = JsonDocument.Parse(Json(MarkdownSyntaxTree.From(markdown))).RootElement;

        var link = tree.GetProperty("children")[0].GetProperty("children")[0];
        Assert.Equal("link", link.GetProperty("type").GetString());
        Assert.Equal("", link.GetProperty("url").GetString());
    }

    private static string Json(object tree) => JsonSerializer.Serialize(tree);
}
