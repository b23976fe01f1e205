using TraumaBondCms.Core.Safety;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

public class LinksRuleTests
{
    [Theory]
    [InlineData("[a](https://example.org/page)")]
    [InlineData("[a](mailto:help@example.org)")]
    [InlineData("[a](tel:+18007997233)")]
    [InlineData("[a](/articles/why-leaving-is-hard)")]
    [InlineData("[a](#safety-planning)")]
    public void Should_find_nothing_when_links_are_well_formed(string markdown)
    {
        var context = Article(new { body = $"See {markdown}." });

        var findings = Findings(context, SafetyRuleNames.Links);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("[a](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[a](htp://example.org)", "htp://example.org")]
    [InlineData("[a](www.example.org)", "www.example.org")]
    [InlineData("[a](//evil.example)", "//evil.example")]
    public void Should_name_the_link_when_it_is_malformed(string markdown, string url)
    {
        var context = Article(new { body = $"See {markdown}." });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.Links));

        Assert.Contains($"'{url}' is not a well-formed address", finding.Message);
    }

    [Theory]
    [InlineData("https://bit.ly/3xYz")]
    [InlineData("https://www.spam.example/offer")]
    [InlineData("https://deals.spam.example")]
    public void Should_name_the_blocked_host_when_a_link_leads_to_it_or_a_subdomain(string url)
    {
        var context = Article(new { summary = $"Read more at {url} today." });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.Links));

        Assert.Contains("on the blocked list", finding.Message);
        Assert.Equal("summary", finding.Field);
    }
}
