using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Core.Tests.Search;

/// <summary>Snippets reach clients as escaped HTML with matches in &lt;mark&gt;, whatever the indexed text contains.</summary>
public class SearchHighlightTests
{
    [Fact]
    public void Should_escape_the_text_and_mark_the_matches_when_a_snippet_is_rendered()
    {
        var html = SearchHighlight.ToHtml("Call <b>\uE000988\uE001</b> & \"text\"\nnow");

        Assert.Equal("Call &lt;b&gt;<mark>988</mark>&lt;/b&gt; &amp; &quot;text&quot; now", html);
    }

    [Theory]
    [InlineData("\uE001a\uE000b", "a<mark>b</mark>")]
    [InlineData("\uE000\uE000a\uE001\uE001", "<mark>a</mark>")]
    [InlineData("<script>", "&lt;script&gt;")]
    public void Should_produce_well_formed_markup_when_markers_are_unbalanced(string marked, string expected)
    {
        Assert.Equal(expected, SearchHighlight.ToHtml(marked));
    }

    [Fact]
    public void Should_tell_whether_a_snippet_contains_a_match()
    {
        Assert.True(SearchHighlight.HasMatch("a \uE000b\uE001"));
        Assert.False(SearchHighlight.HasMatch("a b"));
        Assert.False(SearchHighlight.HasMatch(null));
    }
}
