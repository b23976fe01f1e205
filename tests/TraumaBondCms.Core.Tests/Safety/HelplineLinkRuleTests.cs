using TraumaBondCms.Core.Safety;
using static TraumaBondCms.Core.Tests.Safety.SafetyFixtures;

namespace TraumaBondCms.Core.Tests.Safety;

public class HelplineLinkRuleTests
{
    [Fact]
    public void Should_find_nothing_when_a_helpline_link_leads_to_a_verified_resource_site()
    {
        var context = Article(new { body = "Use the [hotline's online chat](https://www.thehotline.org/get-help/)." });

        var findings = Findings(context, SafetyRuleNames.HelplineLink);

        Assert.Empty(findings);
    }

    [Fact]
    public void Should_name_the_link_when_it_looks_like_a_helpline_but_leads_to_no_resource()
    {
        var context = Article(new { body = "Try this [crisis chat](https://example.org/chat) tonight." });

        var finding = Assert.Single(Findings(context, SafetyRuleNames.HelplineLink));

        Assert.Contains("https://example.org/chat", finding.Message);
    }

    [Fact]
    public void Should_ignore_links_when_nothing_says_helpline()
    {
        var context = Article(new { body = "Read [the study](https://example.org/study)." });

        var findings = Findings(context, SafetyRuleNames.HelplineLink);

        Assert.Empty(findings);
    }
}
