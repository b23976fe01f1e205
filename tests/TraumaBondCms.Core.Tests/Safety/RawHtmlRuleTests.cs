using TraumaBondCms.Core.Safety;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

public class RawHtmlRuleTests
{
    [Fact]
    public void Should_quote_the_html_once_per_field_when_markdown_contains_tags()
    {
        var context = Article(new { body = "Stay <b>safe</b>.\n\n<script>alert(1)</script>" });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.RawHtml));

        Assert.Contains("<b>, </b>, <script>alert(1)</script>", finding.Message);
        Assert.Equal("body", finding.Field);
    }

    [Fact]
    public void Should_report_html_when_a_plain_text_field_contains_it()
    {
        var context = Article(new { body = "Fine.", summary = "A <em>summary</em>." });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.RawHtml));

        Assert.Equal("summary", finding.Field);
    }

    [Theory]
    [InlineData("Use `<b>` in code.")]
    [InlineData("I <3 you, and 2 < 3.")]
    [InlineData("Autolinks like <https://988lifeline.org> are fine.")]
    public void Should_find_nothing_when_angle_brackets_are_code_comparisons_or_autolinks(string body)
    {
        var context = Article(new { body });

        var findings = Findings(context, SafetyRuleNames.RawHtml);

        Assert.Empty(findings);
    }
}
