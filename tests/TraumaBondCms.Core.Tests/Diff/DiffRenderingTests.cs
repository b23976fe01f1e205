using TraumaBondCms.Core.Diff;
using static TraumaBondCms.Core.Tests.Diff.DiffAssert;

namespace TraumaBondCms.Core.Tests.Diff;

public class DiffRenderingTests
{
    [Fact]
    public void Should_encode_a_script_tag_and_ampersands_when_rendering_html()
    {
        var diff = TextDiff.Compare("Tom & Jerry", "Tom & <script>alert('x')</script> Jerry");

        var html = DiffRendering.ToHtml(diff.Segments);

        Assert.Equal("Tom &amp; <ins>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; </ins>Jerry", html);
    }

    [Fact]
    public void Should_wrap_deletions_in_del_and_insertions_in_ins_when_rendering_html()
    {
        var html = DiffRendering.ToHtml([Eq("Call 1-800-799-"), Del("7223"), Ins("7233"), Eq(" \"now\"")]);

        Assert.Equal("Call 1-800-799-<del>7223</del><ins>7233</ins> &quot;now&quot;", html);
    }

    [Fact]
    public void Should_encode_markup_inside_deleted_text_when_rendering_html()
    {
        var html = DiffRendering.ToHtml([Del("<img src=x onerror=alert(1)>&")]);

        Assert.Equal("<del>&lt;img src=x onerror=alert(1)&gt;&amp;</del>", html);
    }

    [Fact]
    public void Should_mark_deletions_and_insertions_inline_when_rendering_unified_text()
    {
        var diff = TextDiff.Compare("Call 1-800-799-7223 now.", "Call 1-800-799-7233 now!");

        var text = DiffRendering.ToUnifiedText(diff.Segments);

        Assert.Equal("Call 1-800-799-[-7223-]{+7233+} now[-.-]{+!+}", text);
    }

    [Fact]
    public void Should_return_empty_text_when_there_are_no_segments()
    {
        Assert.Equal("", DiffRendering.ToHtml([]));
        Assert.Equal("", DiffRendering.ToUnifiedText([]));
    }
}
